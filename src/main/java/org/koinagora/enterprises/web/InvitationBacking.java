package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /invitation?token=…: joins the enterprise that invited the signed-in user's address. */
@Named
@RequestScoped
public class InvitationBacking {

  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private String token;

  public void accept() {
    try {
      var enterprise = enterprises.acceptInvite(currentUser.require(), token);
      formErrors.info("invitation.accepted", enterprise.getName());
    } catch (BusinessException e) {
      formErrors.error(e.messageKey());
      return;
    }
    Pages.redirect("/dashboard/enterprise");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
