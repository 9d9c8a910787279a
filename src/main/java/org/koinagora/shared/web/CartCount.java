package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
    SiteCookie.set(
        request,
        response,
        COOKIE,
        String.valueOf(Math.max(items, 0)),
        items > 0 ? THIRTY_DAYS : 0,
        false);
  }
}
