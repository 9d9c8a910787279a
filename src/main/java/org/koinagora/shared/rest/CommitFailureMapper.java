package org.koinagora.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} call that failed as it committed (a row changed meanwhile, a unique key
 * taken first) reaches the API as a {@link TransactionalException}. Jersey's own mapper for it
 * rethrows anything that is not a web exception, which the container answers 500; this one answers
 * as for any other exception, so a lost race is a 409 wherever it is noticed.
 */
@Provider
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(TransactionalException e) {
    return UnexpectedExceptionMapper.answer(request, e);
  }
}
