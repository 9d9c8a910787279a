package org.koinagora.shared;

/** Too many failed attempts from this account or client; try again later (429). */
public class TooManyAttemptsException extends BusinessException {
  public TooManyAttemptsException() {
    super(429, "too_many_attempts", "error.too_many_attempts");
  }

  /** Too many of something else than sign-ins (requests that send mail), said by the message. */
  public TooManyAttemptsException(String messageKey) {
    super(429, "too_many_attempts", messageKey);
  }
}
