package org.koinagora.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.ApiToken;
import org.koinagora.accounts.ApiTokenService;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.PasswordChange;
import org.koinagora.accounts.SignInService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /account: profile, password, API tokens, data export and account deletion. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private ApiTokenService tokens;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private SignInService signIn;

  private String name;
  private String email;
  private String currentPassword;
  private String newPassword;
  private String newPasswordRepeat;
  private String tokenLabel;
  private String newTokenSecret;
  private String deletePassword;

  @PostConstruct
  void init() {
    var account = accounts.find(currentUser.require().id());
    name = account.getName();
    email = account.getEmail();
  }

  public void saveProfile() {
    try {
      accounts.updateProfile(currentUser.require().id(), name);
      formErrors.info("account.profile.saved");
    } catch (ConstraintViolationException e) {
      formErrors.show("profile", e);
    }
  }

  public void changePassword() {
    try {
      if (newPassword != null && !newPassword.equals(newPasswordRepeat)) {
        throw new InvalidInputException("newPasswordRepeat", "account.password.mismatch");
      }
      var user = currentUser.require();
      int stamp =
          accounts.changePassword(user.id(), new PasswordChange(currentPassword, newPassword));
      signIn.keepSignedIn(
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
          user,
          stamp);
      formErrors.info("account.password.changed");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("password", e);
    }
  }

  public void createToken() {
    if (tokenLabel == null || tokenLabel.isBlank()) {
      formErrors.fieldError("tokens", "tokenLabel", "account.tokens.label.required");
      return;
    }
    newTokenSecret = tokens.issue(currentUser.require().id(), tokenLabel.strip());
    tokenLabel = null;
  }

  public void revokeToken(long tokenId) {
    tokens.revoke(currentUser.require().id(), tokenId);
    formErrors.info("account.tokens.revoked");
  }

  public void deleteAccount() {
    try {
      accounts.deleteAccount(currentUser.require().id(), deletePassword);
    } catch (BusinessException e) {
      formErrors.show("delete", e);
      return;
    }
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      request.logout();
    } catch (ServletException e) {
      // the account is gone either way; the session is dropped below
    }
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    Pages.redirect("/?deleted=1");
  }

  public List<ApiToken> getActiveTokens() {
    return tokens.activeTokensOf(currentUser.require().id());
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordRepeat() {
    return newPasswordRepeat;
  }

  public void setNewPasswordRepeat(String newPasswordRepeat) {
    this.newPasswordRepeat = newPasswordRepeat;
  }

  public String getTokenLabel() {
    return tokenLabel;
  }

  public void setTokenLabel(String tokenLabel) {
    this.tokenLabel = tokenLabel;
  }

  public String getNewTokenSecret() {
    return newTokenSecret;
  }

  public String getDeletePassword() {
    return deletePassword;
  }

  public void setDeletePassword(String deletePassword) {
    this.deletePassword = deletePassword;
  }
}
