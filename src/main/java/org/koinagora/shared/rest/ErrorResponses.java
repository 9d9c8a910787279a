package org.koinagora.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/** Builds error responses in the caller's language. */
final class ErrorResponses {

  private ErrorResponses() {}

  static Response of(
      HttpServletRequest request, int status, String code, String messageKey, String field) {
    String message = Texts.get(Language.of(request).locale(), messageKey);
    return build(status, new ApiError(code, message, field));
  }

  static Response build(int status, ApiError error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(error)
        .build();
  }
}
