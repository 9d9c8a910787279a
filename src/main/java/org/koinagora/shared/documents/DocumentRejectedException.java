package org.koinagora.shared.documents;

import org.koinagora.shared.BusinessException;

/** An upload that is not an acceptable document: empty, too big, of another type, broken. */
public class DocumentRejectedException extends BusinessException {

  public DocumentRejectedException(int status, String messageKey, Object... arguments) {
    super(
        "file",
        status,
        status == 413 ? "payload_too_large" : "invalid_document",
        messageKey,
        arguments);
  }
}
