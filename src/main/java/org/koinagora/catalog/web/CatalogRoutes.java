package org.koinagora.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** Product and category pages: /products/7, /categories/food/honey. */
@ApplicationScoped
public class CatalogRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(
        PrettyUrl.of("^/products/(\\d{1,18})$", "/products/view.xhtml?id="),
        PrettyUrl.of(
            "^/categories/([a-z0-9-]{1,60}(?:/[a-z0-9-]{1,60}){0,3})$",
            "/categories/view.xhtml?path="));
  }

  @Override
  public List<String> cacheablePrefixes() {
    return List.of("/products/", "/categories/");
  }
}
