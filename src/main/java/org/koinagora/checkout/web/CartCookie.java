package org.koinagora.checkout.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Visitor;
import org.koinagora.shared.web.SiteCookie;

/**
 * The visitor's cart cookie: a random token (never the cart's content), kept 30 days, HttpOnly and
 * SameSite=Lax; no session is needed to shop, so pages stay cacheable and nodes stateless.
 */
public final class CartCookie {

  public static final String NAME = "koinagora_cart";
  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  private CartCookie() {}

  public static Optional<String> read(HttpServletRequest request) {
    return request.getCookies() == null
        ? Optional.empty()
        : Arrays.stream(request.getCookies())
            .filter(cookie -> NAME.equals(cookie.getName()))
            .map(Cookie::getValue)
            .findFirst();
  }

  /** The visitor; a signed-out one without a cookie gets one now (when {@code create}). */
  public static Visitor visitor(
      HttpServletRequest request,
      HttpServletResponse response,
      Optional<SignedInUser> user,
      boolean create) {
    Optional<String> token = read(request);
    if (token.isEmpty() && create && user.isEmpty()) {
      token = Optional.of(CartService.newToken());
      SiteCookie.set(request, response, NAME, token.get(), THIRTY_DAYS, true);
    }
    return new Visitor(user.map(SignedInUser::id).orElse(null), token.orElse(null));
  }
}
