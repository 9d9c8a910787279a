package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.koinagora.accounts.AccountService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** {@code /confirm-email?token=[&order=]}: the link mailed at registration; then on to sign in. */
@Named
@RequestScoped
public class ConfirmEmailBacking {

  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;

  private boolean failed;

  public void confirm() {
    var context = jakarta.faces.context.FacesContext.getCurrentInstance();
    // a message added before rendering takes the page's language, not the default
    context.getViewRoot().setLocale(org.koinagora.shared.i18n.Language.of(
        (jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest()).locale());
    try {
      accounts.confirmEmail(Pages.parameter("token"));
    } catch (BusinessException e) {
      failed = true;
      return;
    }
    formErrors.info("confirm.done");
    String order = Pages.parameter("order");
    // a guest who ordered, then registered, comes back to the order, which then joins the account
    String next = order != null && order.matches("[A-Za-z0-9_-]{43}") ? "/order?ref=" + order + "&claim=1" : "/account";
    Pages.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  public boolean isFailed() {
    return failed;
  }
}
