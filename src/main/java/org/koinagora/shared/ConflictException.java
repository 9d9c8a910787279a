package org.koinagora.shared;

/** The request clashes with the current state, e.g. a value that must be unique (409). */
public class ConflictException extends BusinessException {

  private final String field;

  public ConflictException(String field, String messageKey, Object... arguments) {
    super(409, "conflict", messageKey, arguments);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }
}
