package org.koinagora.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.EmailInvitation;

/** An invitation, by email, to join an organisation's staff. */
@Entity
@Table(name = "organisation_invite")
public class OrganisationInvite extends EmailInvitation {

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  protected OrganisationInvite() {}

  OrganisationInvite(Organisation organisation, String email, HashedToken token) {
    super(email, token);
    this.organisation = organisation;
  }

  void accept(long userId) {
    accepted();
    organisation.addStaff(userId);
  }

  Organisation getOrganisation() {
    return organisation;
  }
}
