package org.koinagora.catalog.images;

import org.koinagora.shared.BusinessException;

/** An upload that is not a usable picture: wrong type, too big, broken (400 / 413). */
public class ImageRejectedException extends BusinessException {

  public ImageRejectedException(int status, String messageKey) {
    super("image", status, status == 413 ? "payload_too_large" : "invalid_image", messageKey);
  }
}
