package org.koinagora.fairs.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** A fair's page and the link printed on a stand's sign: /fairs/3, /fairs/3/stands/A4. */
@ApplicationScoped
public class FairRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(
        PrettyUrl.of("^/fairs/(\\d{1,18}/stands/[A-Z]{1,3}\\d{1,4})$", "/stand-link?path="),
        PrettyUrl.of("^/fairs/(\\d{1,18})$", "/fairs/view.xhtml?id="));
  }
}
