package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/** /dashboard/enterprise: the user's enterprises, their state, and inviting colleagues. */
@Named
@RequestScoped
public class EnterpriseDashboardBacking {

  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private final Map<Long, String> inviteEmails = new HashMap<>();
  private List<Enterprise> mine;

  public List<Enterprise> getMine() {
    if (mine == null) {
      mine = enterprises.ofMember(currentUser.require().id());
    }
    return mine;
  }

  public void invite(long enterpriseId) {
    String email = inviteEmails.get(enterpriseId);
    try {
      enterprises.invite(
          currentUser.require(),
          enterpriseId,
          email,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      inviteEmails.remove(enterpriseId);
      formErrors.info("dashboard_enterprise.invite.sent", email);
    } catch (ConstraintViolationException e) {
      formErrors.messageFor(inviteField(enterpriseId), "account.email.invalid");
    } catch (BusinessException e) {
      formErrors.messageFor(inviteField(enterpriseId), e.messageKey(), e.arguments());
    }
  }

  /**
   * The client id of the invite field of one enterprise's panel (the panels repeat, one per
   * enterprise).
   */
  private String inviteField(long enterpriseId) {
    List<Long> ids = getMine().stream().map(Enterprise::getId).toList();
    return "enterprises:" + ids.indexOf(enterpriseId) + ":invite:email";
  }

  public Map<Long, String> getInviteEmails() {
    return inviteEmails;
  }
}
