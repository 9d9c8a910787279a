package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.PartnershipMember;
import org.koinagora.organisations.Partnerships;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;

/**
 * Invitations into partnerships waiting for the signed-in person's organisations or enterprises
 * ({@code WEB-INF/includes/partnership-invitations}, on both dashboards).
 */
@Named
@RequestScoped
public class PartnershipInvitationsBacking {

  @Inject private Partnerships partnerships;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;

  private List<PartnershipMember> waiting;

  public List<PartnershipMember> getWaiting() {
    if (waiting == null) {
      waiting = partnerships.invitationsFor(currentUser.require());
    }
    return waiting;
  }

  /** The invitee's name (the reader may speak for several organisations or enterprises). */
  public String invitee(PartnershipMember membership) {
    return partnerships.nameOf(membership, language.getLocale());
  }

  public void accept(long membershipId) {
    decide(membershipId, true, "partnership.accepted");
  }

  public void decline(long membershipId) {
    decide(membershipId, false, "partnership.declined");
  }

  private void decide(long membershipId, boolean accept, String done) {
    try {
      var membership = partnerships.decide(currentUser.require(), membershipId, accept);
      formErrors.info(done, membership.getPartnership().name(language.getLocale()));
      waiting = null;
    } catch (BusinessException e) {
      formErrors.show("partnershipInvitations", e);
    }
  }
}
