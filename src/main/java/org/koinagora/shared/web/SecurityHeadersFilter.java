package org.koinagora.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Hardening headers on every response. Faces pages get their Content-Security-Policy (with a script
 * nonce) from PrimeFaces, configured in web.xml; everything else gets a strict one here.
 */
@WebFilter(filterName = "SecurityHeadersFilter")
public class SecurityHeadersFilter extends HttpFilter {

  static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    applyTo(response);
    if (!isFacesPage(request)) {
      response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
    }
    chain.doFilter(request, new SameSiteCookies(response));
  }

  /**
   * Every cookie the application or a library sets (Faces' flash cookie too) is SameSite=Lax unless
   * it says otherwise.
   */
  private static final class SameSiteCookies extends HttpServletResponseWrapper {

    SameSiteCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (cookie.getAttribute("SameSite") == null) {
        cookie.setAttribute("SameSite", "Lax");
      }
      super.addCookie(cookie);
    }
  }

  /**
   * The headers every response carries; also called by the authentication mechanism, whose answers
   * (a redirect to sign in, a 401) are sent before any filter runs.
   */
  public static void applyTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  /** An answer with nothing to show (a redirect, an error in JSON) gets the strict policy too. */
  public static void applyToBareAnswer(HttpServletResponse response) {
    applyTo(response);
    response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
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
