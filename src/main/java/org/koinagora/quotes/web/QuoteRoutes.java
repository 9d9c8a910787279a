package org.koinagora.quotes.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** A request's page (/quotes/7); the list of one's requests is quotes.xhtml (/quotes). */
@ApplicationScoped
public class QuoteRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(PrettyUrl.of("^/quotes/(\\d{1,18})$", "/quotes/view.xhtml?id="));
  }
}
