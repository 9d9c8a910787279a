package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.TooManyAttemptsException;

/**
 * Counts failed sign-ins per account and per client address in the database (so every node of a
 * cluster sees the same counts) and blocks either for a while once it has failed too often.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final String RECORD_FAILURE =
      "INSERT INTO login_throttle (throttle_key, failures, window_start, blocked_until)"
          + " VALUES (?1, 1, ?2, NULL) ON DUPLICATE KEY UPDATE"
          + " failures = IF(window_start < ?3, 1, failures + 1),"
          + " window_start = IF(window_start < ?3, ?2, window_start),"
          + " blocked_until = IF(failures >= ?4, ?5, blocked_until)";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "koinagora.login.max-failures-per-account", defaultValue = "5")
  int maxPerAccount;

  @Inject
  @ConfigProperty(name = "koinagora.login.max-failures-per-client", defaultValue = "20")
  int maxPerClient;

  @Inject
  @ConfigProperty(name = "koinagora.login.block-minutes", defaultValue = "15")
  int blockMinutes;

  /** Throws {@link TooManyAttemptsException} when the account or the client is blocked. */
  public void checkAllowed(String email, String client) {
    Instant now = Instant.now();
    if (blocked(accountKey(email), now) || blocked(clientKey(client), now)) {
      throw new TooManyAttemptsException();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(String email, String client) {
    record(accountKey(email), maxPerAccount);
    record(clientKey(client), maxPerClient);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSuccess(String email) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
        .setParameter(1, accountKey(email))
        .executeUpdate();
  }

  private void record(String key, int limit) {
    Instant now = Instant.now();
    Duration window = Duration.ofMinutes(blockMinutes);
    em.createNativeQuery(RECORD_FAILURE)
        .setParameter(1, key)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, Timestamp.from(now.minus(window)))
        .setParameter(4, limit)
        .setParameter(5, Timestamp.from(now.plus(window)))
        .executeUpdate();
  }

  private boolean blocked(String key, Instant now) {
    return !em.createNativeQuery(
            "SELECT 1 FROM login_throttle WHERE throttle_key = ?1 AND blocked_until > ?2")
        .setParameter(1, key)
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  private static String accountKey(String email) {
    return "account:" + UserAccount.normaliseEmail(email == null ? "" : email);
  }

  private static String clientKey(String client) {
    return "client:" + client;
  }
}
