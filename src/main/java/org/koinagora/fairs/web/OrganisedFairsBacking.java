package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;

/**
 * The upcoming fairs part of /organisations/{id} ({@code WEB-INF/includes/organisation-fairs}):
 * fairs owns it, since fairs depends on organisations and not the other way round.
 */
@Named
@RequestScoped
public class OrganisedFairsBacking {

  @Inject private FairDirectory directory;

  private Long organisationId;
  private List<Fair> fairs;

  /** The organisation's published fairs that have not ended, soonest first; read once a request. */
  public List<Fair> of(long organisationId) {
    if (fairs == null || this.organisationId != organisationId) {
      this.organisationId = organisationId;
      fairs = directory.upcomingOf(organisationId);
    }
    return fairs;
  }
}
