package org.koinagora.shared;

/**
 * A request the domain refuses for a reason the user can fix or should know. Each subclass is one
 * meaning with one HTTP status and one message key; it is mapped once to the JSON error shape and
 * once to a page message.
 */
public abstract class BusinessException extends RuntimeException {

  private final int status;
  private final String code;
  private final String messageKey;
  private final Object[] arguments;
  private final String field;

  protected BusinessException(int status, String code, String messageKey, Object... arguments) {
    this(null, status, code, messageKey, arguments);
  }

  /** One about the form field {@code field} (null for none). */
  protected BusinessException(
      String field, int status, String code, String messageKey, Object... arguments) {
    super(code);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.arguments = arguments;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** The form field that caused it, when there is one. */
  public String field() {
    return field;
  }
}
