package org.koinagora.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** The administrators' pages keep their forms' view state. */
@ApplicationScoped
public class AdminRoutes implements PageRoutes {

  @Override
  public List<String> statefulViews() {
    return List.of("/admin.xhtml", "/admin/");
  }
}
