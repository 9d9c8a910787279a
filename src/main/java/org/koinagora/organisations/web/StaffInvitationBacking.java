package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.OrganisationService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /staff-invitation?token=…: joins the staff of the organisation that invited this address. */
@Named
@RequestScoped
public class StaffInvitationBacking {

  @Inject private OrganisationService organisations;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;

  private String token;

  public void accept() {
    try {
      var organisation = organisations.acceptInvite(currentUser.require(), token);
      formErrors.info("staff_invitation.accepted", organisation.name(language.getLocale()));
    } catch (BusinessException e) {
      formErrors.error(e.messageKey());
      return;
    }
    Pages.redirect("/dashboard/municipality");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
