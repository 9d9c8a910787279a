package org.koinagora.calls.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** The calls reserved for social enterprises: /calls and /calls/7. */
@ApplicationScoped
public class CallRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(PrettyUrl.of("^/calls/(\\d{1,18})$", "/calls/view.xhtml?id="));
  }
}
