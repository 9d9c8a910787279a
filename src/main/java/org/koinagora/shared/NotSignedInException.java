package org.koinagora.shared;

/** The request needs a signed-in caller (401). */
public class NotSignedInException extends BusinessException {
  public NotSignedInException() {
    super(401, "unauthorized", "error.unauthorized");
  }
}
