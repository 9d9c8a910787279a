package org.koinagora.organisations.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/**
 * The organisations' list and their profiles (/organisations, /organisations/3), the threads of
 * advice (/advice/7), and the page that accepts an invitation to an organisation's staff.
 */
@ApplicationScoped
public class OrganisationRoutes implements PageRoutes {

  @Override
  public List<PrettyUrl> prettyUrls() {
    return List.of(
        PrettyUrl.of("^/organisations/(\\d{1,18})$", "/organisations/view.xhtml?id="),
        PrettyUrl.of("^/advice/(\\d{1,18})$", "/advice/view.xhtml?id="));
  }

  @Override
  public List<String> statefulViews() {
    return List.of("/staff-invitation.xhtml");
  }

  @Override
  public List<String> cacheablePrefixes() {
    return List.of("/organisations");
  }
}
