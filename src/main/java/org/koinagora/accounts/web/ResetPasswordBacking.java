package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.PasswordChange;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** Sets a new password with the token from a reset mail. */
@Named
@RequestScoped
public class ResetPasswordBacking {

  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;

  private String token;
  private String newPassword;
  private String passwordRepeat;

  public void reset() {
    try {
      if (newPassword != null && !newPassword.equals(passwordRepeat)) {
        throw new InvalidInputException("passwordRepeat", "account.password.mismatch");
      }
      accounts.resetPassword(token, new PasswordChange(null, newPassword));
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("form", e);
      return;
    }
    formErrors.info("reset.done");
    Pages.redirect("/login");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }
}
