package org.koinagora.shared;

/** The thing asked for does not exist or is not visible to the caller (404). */
public class NotFoundException extends BusinessException {
  public NotFoundException() {
    super(404, "not_found", "error.not_found");
  }

  /** Not found, with a message that says why (a link that no longer works). */
  public NotFoundException(String messageKey) {
    super(404, "not_found", messageKey);
  }
}
