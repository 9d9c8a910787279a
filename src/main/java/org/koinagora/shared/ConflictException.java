package org.koinagora.shared;

/** The request clashes with the current state, e.g. a value that must be unique (409). */
public class ConflictException extends BusinessException {

  public ConflictException(String field, String messageKey, Object... arguments) {
    super(field, 409, "conflict", messageKey, arguments);
  }
}
