package org.koinagora.shared;

/** One field holds a value the domain does not accept (400). */
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(field, 400, "invalid_input", messageKey, arguments);
  }
}
