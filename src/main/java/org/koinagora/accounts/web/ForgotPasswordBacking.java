package org.koinagora.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.koinagora.accounts.AccountService;
import org.koinagora.shared.web.FormErrors;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private AccountService accounts;
  @Inject private FormErrors formErrors;

  @NotBlank(message = "{account.email.required}")
  @Email(message = "{account.email.invalid}")
  private String email;

  private boolean sent;

  public void send() {
    accounts.requestPasswordReset(email.strip());
    sent = true;
    formErrors.info("forgot.sent");
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
