package org.koinagora.accounts;

import org.koinagora.shared.BusinessException;

/** The password is right but the address was never confirmed: the link was sent again (403). */
public class EmailUnconfirmedException extends BusinessException {
  public EmailUnconfirmedException() {
    super(403, "email_unconfirmed", "login.unconfirmed");
  }
}
