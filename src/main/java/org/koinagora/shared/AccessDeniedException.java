package org.koinagora.shared;

/** The caller is known but may not do this (403); nothing was changed. */
public class AccessDeniedException extends BusinessException {
  /** Refused by a rule the user can read about: the message says which. */
  public AccessDeniedException(String messageKey, Object... arguments) {
    super(403, "forbidden", messageKey, arguments);
  }

  public AccessDeniedException() {
    super(403, "forbidden", "error.forbidden");
  }
}
