package org.koinagora.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.koinagora.shared.HashedToken;

/** The link mailed to a new account's address: following it shows the address is the person's. */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(
    name = "EmailConfirmation.findByHash",
    query = "SELECT c FROM EmailConfirmation c WHERE c.token.hash = :hash")
public class EmailConfirmation extends AccountLink {

  protected EmailConfirmation() {}

  EmailConfirmation(UserAccount account, HashedToken token) {
    super(account, token);
  }
}
