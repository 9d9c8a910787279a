package org.koinagora.accounts;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.koinagora.shared.HashedToken;

/**
 * A link mailed to an account's address that works once, until it expires; only the digest is kept.
 */
@MappedSuperclass
abstract class AccountLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount account;

  @Embedded private HashedToken token;

  protected AccountLink() {}

  AccountLink(UserAccount account, HashedToken token) {
    this.account = account;
    this.token = token;
  }

  boolean isUsable(Instant now) {
    return token.isUsable(now) && account.isActive();
  }

  void use() {
    token.use(Instant.now());
  }

  UserAccount getAccount() {
    return account;
  }
}
