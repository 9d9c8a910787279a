package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A cookie for the whole site: SameSite=Lax, and Secure when {@code koinagora.secure-cookies} says
 * the platform is reached over HTTPS; written as a {@code Set-Cookie} header.
 */
public final class SiteCookie {

  private SiteCookie() {}

  /** Whether cookies are marked Secure (a TLS proxy in front makes requests look like HTTP). */
  public static boolean secure() {
    return ConfigProvider.getConfig()
        .getOptionalValue("koinagora.secure-cookies", Boolean.class)
        .orElse(false);
  }

  /** Sets the cookie for the application's path; a {@code maxAge} of 0 removes it. */
  public static void set(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      int maxAge,
      boolean httpOnly) {
    response.addHeader(
        "Set-Cookie",
        name
            + "="
            + value
            + "; Path="
            + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
            + "; Max-Age="
            + maxAge
            + (httpOnly ? "; HttpOnly" : "")
            + "; SameSite=Lax"
            + (secure() ? "; Secure" : ""));
  }
}
