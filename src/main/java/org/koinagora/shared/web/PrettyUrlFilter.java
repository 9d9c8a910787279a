package org.koinagora.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the public URLs with an id or slug in the path (/enterprises/12, /products/7, /fairs/3,
 * /categories/food/honey) from their Faces view.
 */
@WebFilter(filterName = "PrettyUrlFilter")
public class PrettyUrlFilter extends HttpFilter {

  private static final Map<Pattern, String> ROUTES =
      Map.of(
          Pattern.compile("^/fairs/(\\d{1,18}/stands/[A-Z]{1,3}\\d{1,4})$"), "/stand-link?path=",
          Pattern.compile("^/enterprises/(\\d{1,18})$"), "/enterprises/view.xhtml?id=",
          Pattern.compile("^/products/(\\d{1,18})$"), "/products/view.xhtml?id=",
          Pattern.compile("^/fairs/(\\d{1,18})$"), "/fairs/view.xhtml?id=",
          Pattern.compile("^/categories/([a-z0-9-]{1,60}(?:/[a-z0-9-]{1,60}){0,3})$"),
              "/categories/view.xhtml?path=");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (var route : ROUTES.entrySet()) {
      var matcher = route.getKey().matcher(path);
      if (matcher.matches()) {
        request
            .getRequestDispatcher(route.getValue() + matcher.group(1))
            .forward(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
