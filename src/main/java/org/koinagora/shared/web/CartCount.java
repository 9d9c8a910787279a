package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many items the visitor's cart holds, in a cookie that the pages' script shows beside "Cart":
 * cached public pages stay the same for every visitor. Only a number, so scripts may read it.
 */
public final class CartCount {

  public static final String COOKIE = "koinagora_cart_items";
  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  private CartCount() {}

  /** Keeps the cookie in step with the cart; none when the cart is empty. */
  public static void write(HttpServletRequest request, HttpServletResponse response, int items) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("koinagora.secure-cookies", Boolean.class)
            .orElse(false);
    response.addHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + Math.max(items, 0)
            + "; Path="
            + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
            + "; Max-Age="
            + (items > 0 ? THIRTY_DAYS : 0)
            + "; SameSite=Lax"
            + (secure ? "; Secure" : ""));
  }
}
