package org.koinagora.shared.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.validation.Violations;

/** Invalid input: 400 naming the first offending field, in the caller's language. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpServletRequest request;
  @Inject private Violations violations;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    var first = violations.sorted(e).get(0);
    return ErrorResponses.build(
        400,
        new ApiError(
            "invalid_input",
            violations.message(first, Language.of(request).locale()),
            Violations.field(first)));
  }
}
