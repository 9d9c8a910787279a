package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.CheckedAccount;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.EmailUnconfirmedException;
import org.koinagora.accounts.InvalidCredentialsException;
import org.koinagora.accounts.SignInService;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.shared.TooManyAttemptsException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** The login form. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private SignInService signIn;
  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;
  @Inject private CurrentUser currentUser;
  @Inject private Event<SignedInBrowser> signedIn;

  @NotBlank(message = "{account.email.required}")
  @Email(message = "{account.email.invalid}")
  private String email;

  @NotEmpty(message = "{login.password.required}")
  private String password;

  private String next;

  public void login() {
    var context = FacesContext.getCurrentInstance();
    var request = (HttpServletRequest) context.getExternalContext().getRequest();
    var response = (HttpServletResponse) context.getExternalContext().getResponse();
    try {
      signIn.attempt(
          email,
          ClientAddress.of(request),
          () ->
              accounts
                  .signInCheck(email, password)
                  .map(
                      account ->
                          securityContext.authenticate(
                                  request,
                                  response,
                                  AuthenticationParameters.withParams()
                                      .credential(new CheckedAccount(account.getId()))
                                      .newAuthentication(true))
                              == AuthenticationStatus.SUCCESS)
                  .orElse(false));
    } catch (TooManyAttemptsException e) {
      formErrors.error("login.throttled");
      return;
    } catch (InvalidCredentialsException e) {
      formErrors.fieldError("form", "password", "login.failed");
      return;
    } catch (EmailUnconfirmedException e) {
      formErrors.fieldError("form", "email", "login.unconfirmed");
      return;
    }
    currentUser
        .get()
        .ifPresent(user -> signedIn.fire(new SignedInBrowser(user.id(), request, response)));
    Pages.redirect(next == null || next.isBlank() ? landing(request) : Pages.safeNext(next));
  }

  /** Where a sign-in with no page to return to leads: the work the person most likely came for. */
  private static String landing(HttpServletRequest request) {
    if (request.isUserInRole("ADMIN")) {
      return "/admin";
    }
    if (request.isUserInRole("MUNICIPALITY")) {
      return "/dashboard/municipality";
    }
    if (request.isUserInRole("ENTERPRISE")) {
      return "/dashboard/enterprise";
    }
    return "/account";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
