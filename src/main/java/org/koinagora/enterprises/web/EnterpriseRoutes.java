package org.koinagora.enterprises.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** The enterprises' list and their public pages: /enterprises, /enterprises/12. */
@ApplicationScoped
public class EnterpriseRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(PrettyUrl.of("^/enterprises/(\\d{1,18})$", "/enterprises/view.xhtml?id="));
  }

  @Override
  public List<String> statefulViews() {
    return List.of("/invitation.xhtml");
  }

  @Override
  public List<String> cacheablePrefixes() {
    return List.of("/enterprises");
  }
}
