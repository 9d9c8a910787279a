package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.Pages;

/**
 * The fair ({@code ?fair=}) that an organiser's page about one fair works on: 404 without one, 403
 * when the signed-in staff do not organise it. The page's beans read the fair from here.
 */
@Named
@ViewScoped
public class OrganisedFair implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FairService fairs;
  @Inject private transient CurrentUser currentUser;

  private Long fairId;

  public void load() {
    if (fairId == null) {
      Pages.sendError(404);
      return;
    }
    try {
      getFair();
    } catch (BusinessException refused) {
      fairId = null;
      Pages.sendError(refused.status());
    }
  }

  /** The fair as it is now, checked again against who is asking. */
  public Fair getFair() {
    return fairs.organisedBy(currentUser.require(Role.MUNICIPALITY), fairId);
  }

  public Long getFairId() {
    return fairId;
  }

  public void setFairId(Long fairId) {
    this.fairId = fairId;
  }
}
