package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/fair-edit?fair=, its organisers: any organiser's staff add a co-organiser, the lead's
 * staff alone remove one.
 */
@Named
@RequestScoped
public class FairCoOrganisersBacking {

  @Inject private OrganisedFair organised;
  @Inject private FairService fairs;
  @Inject private OrganisationDirectory organisations;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private Fair fair;
  private Long organisationId;

  public Fair getFair() {
    if (fair == null) {
      fair = organised.getFair();
    }
    return fair;
  }

  /** Whether the signed-in staff belong to the lead organiser. */
  public boolean isLead() {
    return getFair().isLedBy(staff().id());
  }

  /** The organisations that could join: every one not organising the fair already. */
  public List<Organisation> getCandidates() {
    return organisations.list(null, null).stream()
        .filter(organisation -> !getFair().isOrganisedBy(organisation.getId()))
        .toList();
  }

  public void add() {
    try {
      fair = fairs.addCoOrganiser(staff(), organised.getFairId(), organisationId);
      organisationId = null;
      formErrors.info("fair_edit.co_organiser.added");
    } catch (BusinessException e) {
      formErrors.show("coOrganisers", e);
    }
  }

  public void remove(long coOrganiserId) {
    try {
      fair = fairs.removeCoOrganiser(staff(), organised.getFairId(), coOrganiserId);
      formErrors.info("fair_edit.co_organiser.removed");
    } catch (BusinessException e) {
      formErrors.show("coOrganisers", e);
    }
  }

  private SignedInUser staff() {
    return currentUser.require(Role.MUNICIPALITY);
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
