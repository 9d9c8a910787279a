package org.koinagora.accounts;

import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * A link mailed to an account's address that works once, until it expires; only the digest is kept.
 */
@MappedSuperclass
abstract class AccountLink extends BaseEntity {

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
