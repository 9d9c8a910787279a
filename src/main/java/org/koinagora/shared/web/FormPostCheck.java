package org.koinagora.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Checks a form post to a page before anything acts on it. A post from another site (its browser
 * says so in {@code Origin} or {@code Sec-Fetch-Site}) is refused with 403: the stateless forms
 * (cart, order) and the plain servlets (adding to the cart, signing out) have no session token to
 * prove where they came from (the API's own rule is in the authentication mechanism). A Faces
 * postback without the script nonce PrimeFaces' own script adds (an old page, a replayed or
 * tampered post) is answered 400, the "page expired, try again" page, instead of failing while the
 * page renders.
 */
@WebFilter(filterName = "FormPostCheck")
public class FormPostCheck extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && !ApiRequests.isApi(request)) {
      if (RequestOrigin.crossSite(request)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      if (request.getParameter(VIEW_STATE) != null && !isNonce(request.getParameter(NONCE))) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** PrimeFaces' nonces are a UUID in Base64; it refuses anything else while rendering. */
  static boolean isNonce(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
