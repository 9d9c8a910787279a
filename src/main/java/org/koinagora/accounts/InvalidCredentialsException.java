package org.koinagora.accounts;

import org.koinagora.shared.BusinessException;

/** Email or password wrong; deliberately does not say which (401). */
public class InvalidCredentialsException extends BusinessException {
  public InvalidCredentialsException() {
    super(401, "invalid_credentials", "login.failed");
  }
}
