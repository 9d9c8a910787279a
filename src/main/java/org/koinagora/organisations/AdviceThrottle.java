package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.TooManyAttemptsException;

/**
 * Keeps the public advice form from being used to send mail in bulk: each request counts against
 * the client address and against the address it mails, per hour, in the sign-in counters' table (so
 * every node sees the same counts). The count is a guarded update of one row in the caller's
 * transaction: one over the limit is refused and rolled back with it.
 */
@ApplicationScoped
class AdviceThrottle {

  private static final Duration WINDOW = Duration.ofHours(1);

  private static final String COUNT =
      "INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?1, 1, ?2)"
          + " ON DUPLICATE KEY UPDATE failures = IF(window_start < ?3, 1, failures + 1),"
          + " window_start = IF(window_start < ?3, ?2, window_start)";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "koinagora.advice.max-per-client-per-hour", defaultValue = "10")
  int maxPerClient;

  @Inject
  @ConfigProperty(name = "koinagora.advice.max-per-address-per-hour", defaultValue = "3")
  int maxPerAddress;

  /** A new request from this client to this address. */
  void request(String client, String email) {
    count(clientKey(client), maxPerClient);
    count(addressKey(email), maxPerAddress);
  }

  /** A message written through a private link (it mails the centre's staff). */
  void message(String client) {
    count(clientKey(client), maxPerClient * 3);
  }

  /** The key that counts the requests mailed to this address (exported with the person's data). */
  static String addressKey(String email) {
    return "advice:to:" + UserAccount.normaliseEmail(email == null ? "" : email);
  }

  private static String clientKey(String client) {
    return "advice:client:" + (client == null ? "" : client);
  }

  private void count(String key, int limit) {
    Instant now = Instant.now();
    em.createNativeQuery(COUNT)
        .setParameter(1, key)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, Timestamp.from(now.minus(WINDOW)))
        .executeUpdate();
    int counted =
        ((Number)
                em.createNativeQuery("SELECT failures FROM login_throttle WHERE throttle_key = ?1")
                    .setParameter(1, key)
                    .getSingleResult())
            .intValue();
    if (counted > limit) {
      throw new TooManyAttemptsException("advice.too_many");
    }
  }
}
