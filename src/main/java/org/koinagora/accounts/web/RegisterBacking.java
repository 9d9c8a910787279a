package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.Registration;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;

/** The registration form; the account signs in once its address is confirmed by the mailed link. */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;

  private String email;
  private String name;
  private String password;
  private String passwordRepeat;
  private String order;
  private String sentTo;

  /**
   * The reference of the order a guest just placed ({@code /register?order=}), which then joins the
   * account.
   */
  public String getOrder() {
    return order != null
        ? order
        : FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("order");
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
          new Registration(email, name, password), context.getViewRoot().getLocale(), getOrder());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("form", e);
      return;
    }
    sentTo = email.strip();
  }

  /** The address the confirmation link went to, once the form is sent; the page then says so. */
  public String getSentTo() {
    return sentTo;
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
