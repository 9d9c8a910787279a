package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Where a browser says a request came from ({@code Sec-Fetch-Site}, else {@code Origin}). */
public final class RequestOrigin {

  private RequestOrigin() {}

  /**
   * Another site, as far as the browser tells; a request that says nothing is not counted as one.
   */
  public static boolean crossSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    return "cross-site".equals(request.getHeader("Sec-Fetch-Site"))
        || origin != null && !origin.isEmpty() && !isOwn(request, origin);
  }

  /**
   * This site's own page, and the browser says so: neither header says otherwise, and one of them
   * says it.
   */
  public static boolean sameOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    if (fetchSite == null && origin == null) {
      return false;
    }
    return (fetchSite == null || "same-origin".equals(fetchSite))
        && (origin == null || isOwn(request, origin));
  }

  private static boolean isOwn(HttpServletRequest request, String origin) {
    if ("null".equals(origin)) {
      return false;
    }
    try {
      URI from = URI.create(origin);
      String host =
          request.getHeader("X-Forwarded-Host") != null
              ? request.getHeader("X-Forwarded-Host")
              : request.getHeader("Host");
      return host != null && host.equalsIgnoreCase(from.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
