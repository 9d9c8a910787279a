package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.koinagora.accounts.AccountService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * {@code /confirm-email?token=[&order=]}: the link mailed at registration opens a page whose button
 * confirms (a post, so a mail scanner that opens links confirms nothing); then on to sign in.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;

  private String token;
  private String order;
  private boolean failed;

  public void confirm() {
    var context = FacesContext.getCurrentInstance();
    try {
      accounts.confirmEmail(token);
    } catch (BusinessException e) {
      failed = true;
      return;
    }
    formErrors.info("confirm.done");
    // a guest who ordered, then registered, comes back to the order, which then joins the account
    String next =
        order != null && order.matches("[A-Za-z0-9_-]{43}")
            ? "/order?ref=" + order + "&claim=1"
            : "/account";
    Pages.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  public boolean isFailed() {
    return failed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }
}
