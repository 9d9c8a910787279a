package org.koinagora.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/** Maps each business exception to its status and the JSON error shape. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(BusinessException e) {
    String message = Texts.get(Language.of(request).locale(), e.messageKey(), e.arguments());
    return ErrorResponses.build(e.status(), new ApiError(e.code(), message, e.field()));
  }
}
