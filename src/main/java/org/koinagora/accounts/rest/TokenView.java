package org.koinagora.accounts.rest;

import java.time.Instant;
import org.koinagora.accounts.ApiToken;

/** An active token, without its secret. */
public record TokenView(long id, String label, Instant created, Instant expires, Instant lastUsed) {
  static TokenView of(ApiToken token) {
    return new TokenView(
        token.getId(),
        token.getLabel(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getLastUsedAt());
  }
}
