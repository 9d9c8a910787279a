package org.koinagora.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A bearer token for the API; only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.findByHash",
    query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.findActiveByOwner",
    query =
        "SELECT t FROM ApiToken t WHERE t.owner.id = :owner AND t.revokedAt IS NULL"
            + " AND t.expiresAt > :now ORDER BY t.createdAt DESC")
public class ApiToken {

  public static final int LABEL_MAX = 80;
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount owner;

  @Column(nullable = false, length = LABEL_MAX)
  private String label;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(UserAccount owner, String label, String tokenHash, Duration lifetime) {
    this.owner = owner;
    this.label = label;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  public boolean isUsable(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && owner.isActive();
  }

  /** Records use, but writes at most every few minutes so reads stay reads. */
  boolean markUsed(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  public Long getId() {
    return id;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public String getLabel() {
    return label;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
