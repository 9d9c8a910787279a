package org.koinagora.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.koinagora.shared.i18n.Language;

/**
 * Answers an anonymous {@code GET /api/v1/products} asked before, with the index unchanged since,
 * from {@link SearchAnswers} without going through JAX-RS; anything else passes on.
 */
@WebFilter(filterName = "SearchAnswerFilter")
public class SearchAnswerFilter extends HttpFilter {

  @Inject private SearchAnswers answers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    byte[] stored =
        "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
            ? answers.stored(
                SearchAnswers.key(Language.of(request).code(), request.getQueryString()))
            : null;
    if (stored == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/json");
    response.setContentLength(stored.length);
    response.getOutputStream().write(stored);
  }
}
