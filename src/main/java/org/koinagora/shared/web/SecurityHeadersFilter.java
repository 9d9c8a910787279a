package org.koinagora.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hardening headers on every response. Faces pages get their Content-Security-Policy (with a
 * script nonce) from PrimeFaces, configured in web.xml; everything else gets a strict one here.
 */
@WebFilter(filterName = "SecurityHeadersFilter")
public class SecurityHeadersFilter extends HttpFilter {

  static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!isFacesPage(request)) {
      response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
    }
    chain.doFilter(request, response);
  }

  private static boolean isFacesPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/")
        || path.startsWith("/health")
        || path.startsWith("/openapi")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/media/")
        || path.equals("/sitemap.xml")
        || path.equals("/robots.txt"));
  }
}
