package org.koinagora.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods or media types, unreadable bodies: the JSON error shape too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String code =
        switch (status) {
          case 400 -> "invalid_json";
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not_found";
          case 405 -> "method_not_allowed";
          case 406 -> "not_acceptable";
          case 413 -> "payload_too_large";
          case 415 -> "unsupported_media_type";
          default -> status >= 500 ? "server_error" : "bad_request";
        };
    return ErrorResponses.of(request, status, code, "error." + code, null);
  }
}
