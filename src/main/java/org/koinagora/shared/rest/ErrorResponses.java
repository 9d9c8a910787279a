package org.koinagora.shared.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/**
 * Builds error responses in the caller's language: for JAX-RS, or written by a filter before it.
 */
public final class ErrorResponses {

  private ErrorResponses() {}

  static Response of(
      HttpServletRequest request, int status, String code, String messageKey, String field) {
    String message = Texts.get(Language.of(request).locale(), messageKey);
    return build(status, new ApiError(code, message, field));
  }

  /**
   * The same shape written straight to the servlet response, for what refuses a call before JAX-RS
   * sees it.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      String messageKey)
      throws IOException {
    write(request, response, status, code, messageKey, null);
  }

  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      String messageKey,
      String field)
      throws IOException {
    var json =
        Json.createObjectBuilder()
            .add("error", code)
            .add("message", Texts.get(Language.of(request).locale(), messageKey));
    if (field != null) {
      json.add("field", field);
    }
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(json.build().toString());
  }

  static Response build(int status, ApiError error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(error)
        .build();
  }
}
