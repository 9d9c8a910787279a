package org.koinagora.accounts;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.BaseEntity;

/** A bearer token for the API; only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.findByHash",
    query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.token.hash = :hash")
@NamedQuery(
    name = "ApiToken.findActiveByOwner",
    query =
        "SELECT t FROM ApiToken t WHERE t.owner.id = :owner AND t.token.usedAt IS NULL"
            + " AND t.token.expiresAt > :now ORDER BY t.token.createdAt DESC")
public class ApiToken extends BaseEntity {

  public static final int LABEL_MAX = 80;
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount owner;

  @Column(nullable = false, length = LABEL_MAX)
  private String label;

  /** Its use is its revocation: an API token is used many times until revoked. */
  @Embedded
  @AttributeOverride(name = "usedAt", column = @Column(name = "revoked_at"))
  private HashedToken token;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(UserAccount owner, String label, HashedToken token) {
    this.owner = owner;
    this.label = label;
    this.token = token;
  }

  public boolean isUsable(Instant now) {
    return token.isUsable(now) && owner.isActive();
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
    token.use(Instant.now());
  }

  public UserAccount getOwner() {
    return owner;
  }

  public String getLabel() {
    return label;
  }

  public Instant getCreatedAt() {
    return token.createdAt();
  }

  public Instant getExpiresAt() {
    return token.expiresAt();
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
