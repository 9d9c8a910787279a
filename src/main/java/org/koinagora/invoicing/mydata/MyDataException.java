package org.koinagora.invoicing.mydata;

/**
 * myDATA did not accept a document: {@code retryable} when it may succeed later (network, 5xx,
 * throttling), not when AADE refused it (validation errors, wrong credentials), with AADE's
 * message.
 */
public class MyDataException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  public MyDataException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public MyDataException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean isRetryable() {
    return retryable;
  }
}
