package org.koinagora.shared.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Serves the public URLs with an id or slug in the path (/enterprises/12, /products/7) from their
 * Faces view, as the features declare them ({@link PageRoutes#prettyUrls}).
 */
@WebFilter(filterName = "PrettyUrlFilter")
public class PrettyUrlFilter extends HttpFilter {

  @Inject @Any private Instance<PageRoutes> features;

  private List<PageRoutes.PrettyUrl> routes;

  @Override
  public void init() {
    routes = features.stream().flatMap(feature -> feature.prettyUrls().stream()).toList();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (var route : routes) {
      String target = route.target(path);
      if (target != null) {
        request.getRequestDispatcher(target).forward(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
