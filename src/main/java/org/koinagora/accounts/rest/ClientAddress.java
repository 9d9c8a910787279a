package org.koinagora.accounts.rest;

import jakarta.servlet.http.HttpServletRequest;

/** The address throttling counts against. */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
