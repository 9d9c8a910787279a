package org.koinagora.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.persistence.LostRace;

/**
 * Last resort: malformed JSON becomes 400, a lost race on a unique key or a row
 * someone else changed meanwhile 409; anything else is logged and answered 500 without
 * leaking a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof ProcessingException) {
        return ErrorResponses.of(request, 400, "invalid_json", "error.invalid_json", null);
      }
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return ErrorResponses.of(request, 409, "conflict", "error.conflict", null);
      }
    }
    if (LostRace.in(e)) {
      return ErrorResponses.of(request, 409, "concurrent_change", "error.concurrent_change", null);
    }
    LOG.log(Level.SEVERE, "Unexpected error on " + request.getRequestURI(), e);
    return ErrorResponses.of(request, 500, "server_error", "error.server_error", null);
  }
}
