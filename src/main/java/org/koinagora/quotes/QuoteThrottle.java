package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.TooManyAttemptsException;

/**
 * Keeps the request form from mailing enterprises in bulk for a guest: each guest's request counts
 * against the client address, per hour, in the sign-in counters' table (every node sees the same
 * count); a guarded upsert in the caller's transaction, so one over the limit is rolled back.
 */
@ApplicationScoped
class QuoteThrottle {

  private static final Duration WINDOW = Duration.ofHours(1);

  private static final String COUNT =
      "INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?1, 1, ?2)"
          + " ON DUPLICATE KEY UPDATE failures = IF(window_start < ?3, 1, failures + 1),"
          + " window_start = IF(window_start < ?3, ?2, window_start)";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "koinagora.quotes.guest-requests-per-client-per-hour", defaultValue = "5")
  int maxPerClient;

  /** A guest's request from this client (429 past the limit). */
  void guestRequest(String client) {
    String key = "quotes:client:" + (client == null ? "" : client);
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
    if (counted > maxPerClient) {
      throw new TooManyAttemptsException("quotes.too_many");
    }
  }
}
