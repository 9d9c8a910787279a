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

/** A single-use, expiring permission to set a new password; only the digest is kept. */
@Entity
@Table(name = "password_reset")
@NamedQuery(
    name = "PasswordReset.findByHash",
    query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
public class PasswordReset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount account;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(UserAccount account, String tokenHash, Duration lifetime) {
    this.account = account;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt) && account.isActive();
  }

  void use() {
    usedAt = Instant.now();
  }

  UserAccount getAccount() {
    return account;
  }
}
