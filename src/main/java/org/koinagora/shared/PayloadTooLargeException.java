package org.koinagora.shared;

/** A request body over the configured limit (413). */
public class PayloadTooLargeException extends BusinessException {
  public PayloadTooLargeException() {
    super(413, "payload_too_large", "error.payload_too_large");
  }
}
