package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.Registration;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** The registration form; a new account is signed in straight away. */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject private AccountService accounts;
  @Inject private SecurityContext securityContext;
  @Inject private FormErrors formErrors;

  private String email;
  private String name;
  private String password;
  private String passwordRepeat;
  private String order;

  /** The reference of the order a guest just placed ({@code /register?order=}), which then joins the account. */
  public String getOrder() {
    return order != null ? order : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("order");
  }

  public void setOrder(String order) {
    this.order = order;
  }

  public void register() {
    var context = FacesContext.getCurrentInstance();
    try {
      if (password != null && !password.equals(passwordRepeat)) {
        throw new InvalidInputException("passwordRepeat", "account.password.mismatch");
      }
      accounts.register(
          new Registration(email, name, password), context.getViewRoot().getLocale());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("form", e);
      return;
    }
    securityContext.authenticate(
        (HttpServletRequest) context.getExternalContext().getRequest(),
        (HttpServletResponse) context.getExternalContext().getResponse(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(email.strip(), password))
            .newAuthentication(true));
    formErrors.info("register.welcome");
    // a guest who just ordered comes back to the order, which then joins the new account
    Pages.redirect(order != null && order.matches("[A-Za-z0-9_-]{43}") ? "/order?ref=" + order + "&claim=1" : "/account");
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }
}
