package org.koinagora.accounts.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client address that throttling counts against: the connection's peer, or, when {@code
 * koinagora.trust-proxy} says a reverse proxy sits in front, the first X-Forwarded-For entry.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    boolean trustProxy =
        ConfigProvider.getConfig()
            .getOptionalValue("koinagora.trust-proxy", Boolean.class)
            .orElse(false);
    String forwarded = request.getHeader("X-Forwarded-For");
    if (trustProxy && forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].strip();
    }
    return request.getRemoteAddr();
  }
}
