package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request is for the JSON API: by the servlet it is mapped to, so no spelling of the path
 * ({@code //api}, {@code %61pi}) passes for a page.
 */
public final class ApiRequests {

  private ApiRequests() {}

  public static boolean isApi(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    return servletPath != null && (servletPath.equals("/api") || servletPath.startsWith("/api/"))
        || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
