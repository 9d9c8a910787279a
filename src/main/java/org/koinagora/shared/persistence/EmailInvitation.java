package org.koinagora.shared.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.InvalidInputException;

/**
 * An invitation, by email, to join something (an enterprise's members, an organisation's staff):
 * the link works once, until it expires, for the account with that address. Its table has {@code
 * email}, {@code token_hash}, {@code created_at}, {@code expires_at} and {@code accepted_at}.
 */
@MappedSuperclass
public abstract class EmailInvitation extends BaseEntity {

  @Column(nullable = false, length = 254)
  private String email;

  /** Its use is the acceptance. */
  @Embedded
  @AttributeOverride(name = "usedAt", column = @Column(name = "accepted_at"))
  private HashedToken token;

  protected EmailInvitation() {}

  protected EmailInvitation(String email, HashedToken token) {
    this.email = email;
    this.token = token;
  }

  /**
   * The invitation of this type that the secret opens for this address, not used nor expired.
   *
   * @throws InvalidInputException naming {@code token} otherwise
   */
  public static <T extends EmailInvitation> T openFor(
      EntityManager em, Class<T> type, String secret, String userEmail) {
    Instant now = Instant.now();
    return em.createQuery(
            "SELECT i FROM " + type.getSimpleName() + " i WHERE i.token.hash = :hash", type)
        .setParameter("hash", HashedToken.digestOf(secret))
        .getResultStream()
        .filter(invite -> invite.isOpenFor(userEmail, now))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("token", "invite.invalid"));
  }

  public boolean isOpenFor(String userEmail, Instant now) {
    return token.isUsable(now) && email.equalsIgnoreCase(userEmail);
  }

  /** Ends the invitation: it was accepted. */
  protected void accepted() {
    token.use(Instant.now());
  }
}
