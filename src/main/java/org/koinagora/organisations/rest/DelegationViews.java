package org.koinagora.organisations.rest;

import java.time.Instant;
import java.util.Locale;
import org.koinagora.organisations.DelegatedAction;
import org.koinagora.organisations.Delegation;

/** Delegated access as the API shows it to the enterprise's members and the centre's staff. */
public final class DelegationViews {

  private DelegationViews() {}

  /** {@code {"organisationId","until":"2027-03-31"}}: access to the end of that Athens day. */
  public record Grant(Long organisationId, String until) {}

  /** A grant: ACTIVE, EXPIRED or REVOKED. */
  public record View(
      long id,
      OrganisationViews.Ref enterprise,
      OrganisationViews.Ref organisation,
      OrganisationViews.Ref grantedBy,
      String grantedAt,
      String validUntil,
      String revokedAt,
      OrganisationViews.Ref revokedBy,
      String status) {}

  /** A line of the log: who, for which centre, did what to what, when. */
  public record Action(
      long id,
      String at,
      OrganisationViews.Ref actor,
      OrganisationViews.Ref organisation,
      String action,
      String subject) {}

  /** The state of a grant now. */
  public static String status(Delegation d, Instant now) {
    if (d.getRevokedAt() != null) {
      return "REVOKED";
    }
    return d.isActive(now) ? "ACTIVE" : "EXPIRED";
  }

  static View view(Delegation d, String grantedBy, String revokedBy, Locale locale) {
    return new View(
        d.getId(),
        new OrganisationViews.Ref(d.getEnterprise().getId(), d.getEnterprise().getName()),
        new OrganisationViews.Ref(d.getOrganisation().getId(), d.getOrganisation().name(locale)),
        new OrganisationViews.Ref(d.getGrantedBy(), grantedBy),
        d.getGrantedAt().toString(),
        d.getValidUntil().toString(),
        d.getRevokedAt() == null ? null : d.getRevokedAt().toString(),
        d.getRevokedBy() == null ? null : new OrganisationViews.Ref(d.getRevokedBy(), revokedBy),
        status(d, Instant.now()));
  }

  static Action action(DelegatedAction a, Locale locale) {
    var organisation = a.getDelegation().getOrganisation();
    return new Action(
        a.getId(),
        a.getActedAt().toString(),
        new OrganisationViews.Ref(a.getActorId(), a.getActorName()),
        new OrganisationViews.Ref(organisation.getId(), organisation.name(locale)),
        a.getAction(),
        a.getSubject());
  }
}
