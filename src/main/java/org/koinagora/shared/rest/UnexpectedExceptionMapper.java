package org.koinagora.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: a {@link Failure}; one of ours is logged and answered 500 without leaking a stack
 * trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Exception e) {
    return answer(request, e);
  }

  static Response answer(HttpServletRequest request, Exception e) {
    Failure failure = Failure.of(e);
    if (failure == Failure.SERVER_ERROR) {
      LOG.log(Level.SEVERE, "Unexpected error on " + request.getRequestURI(), e);
    }
    return ErrorResponses.of(request, failure.status(), failure.code(), failure.messageKey(), null);
  }
}
