package org.koinagora.shared;

/** The thing asked for does not exist or is not visible to the caller (404). */
public class NotFoundException extends BusinessException {
  public NotFoundException() {
    super(404, "not_found", "error.not_found");
  }
}
