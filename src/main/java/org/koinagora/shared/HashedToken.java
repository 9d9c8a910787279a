package org.koinagora.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * An expiring secret handed out once (in a link, or as an API token): only its SHA-256 digest is
 * kept, so a copy of the database opens nothing. Its use ends it: a link is used once, a token is
 * revoked. Entities map {@code usedAt} to the column that says so ({@code used_at}, {@code
 * revoked_at}, {@code accepted_at}).
 */
@Embeddable
public class HashedToken {

  @Column(name = "token_hash", nullable = false, length = 64)
  private String hash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected HashedToken() {}

  private HashedToken(String hash, Instant createdAt, Duration lifetime) {
    this.hash = hash;
    this.createdAt = createdAt;
    this.expiresAt = createdAt.plus(lifetime);
  }

  /** The secret to send, once, and the token to store. */
  public record Issued(String secret, HashedToken token) {}

  public static Issued issue(Duration lifetime) {
    return issue("", lifetime);
  }

  /** As {@link #issue(Duration)}, the secret starting with a recognisable prefix. */
  public static Issued issue(String prefix, Duration lifetime) {
    String secret = prefix + SecureTokens.newToken();
    return new Issued(
        secret, new HashedToken(SecureTokens.sha256(secret), Instant.now(), lifetime));
  }

  /** What a stored token is looked up by. */
  public static String digestOf(String secret) {
    return SecureTokens.sha256(secret == null ? "" : secret);
  }

  /** Whether this token was issued for the secret (compared in constant time). */
  public boolean matches(String secret) {
    return MessageDigest.isEqual(
        hash.getBytes(StandardCharsets.US_ASCII),
        digestOf(secret).getBytes(StandardCharsets.US_ASCII));
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Ends the token: it was used, or revoked. The first end is the one kept. */
  public void use(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
