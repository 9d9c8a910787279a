package org.koinagora.shared;

/** Too many failed attempts from this account or client; try again later (429). */
public class TooManyAttemptsException extends BusinessException {
  public TooManyAttemptsException() {
    super(429, "too_many_attempts", "error.too_many_attempts");
  }
}
