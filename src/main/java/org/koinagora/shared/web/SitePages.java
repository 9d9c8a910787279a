package org.koinagora.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The site's own pages that belong to no feature: the home page and the information pages. */
@ApplicationScoped
public class SitePages implements PageRoutes {

  /** The signed-in work area, whose pages the features share. */
  @Override
  public List<String> statefulViews() {
    return List.of("/dashboard/");
  }

  @Override
  public List<String> cacheablePrefixes() {
    return List.of("/about", "/accessibility", "/privacy", "/terms");
  }
}
