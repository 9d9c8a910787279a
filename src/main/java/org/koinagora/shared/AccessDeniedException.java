package org.koinagora.shared;

/** The caller is known but may not do this (403); nothing was changed. */
public class AccessDeniedException extends BusinessException {
  public AccessDeniedException() {
    super(403, "forbidden", "error.forbidden");
  }
}
