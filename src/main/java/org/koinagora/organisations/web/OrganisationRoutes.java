package org.koinagora.organisations.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** The organisations' list and their profiles: /organisations, /organisations/3. */
@ApplicationScoped
public class OrganisationRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(PrettyUrl.of("^/organisations/(\\d{1,18})$", "/organisations/view.xhtml?id="));
  }

  @Override
  public List<String> cacheablePrefixes() {
    return List.of("/organisations");
  }
}
