package org.koinagora.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.koinagora.shared.HashedToken;

/** A single-use, expiring permission to set a new password. */
@Entity
@Table(name = "password_reset")
@NamedQuery(
    name = "PasswordReset.findByHash",
    query = "SELECT r FROM PasswordReset r WHERE r.token.hash = :hash")
public class PasswordReset extends AccountLink {

  protected PasswordReset() {}

  PasswordReset(UserAccount account, HashedToken token) {
    super(account, token);
  }
}
