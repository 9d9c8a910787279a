package org.koinagora.shared;

/** One field holds a value the domain does not accept (400). */
public class InvalidInputException extends BusinessException {

  private final String field;

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(400, "invalid_input", messageKey, arguments);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }
}
