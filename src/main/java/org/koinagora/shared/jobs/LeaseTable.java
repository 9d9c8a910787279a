package org.koinagora.shared.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of the {@code job_lease} table, on a connection whose transaction the caller commits at
 * once. A guarded update (not {@code SELECT … FOR UPDATE}) decides: it also holds on MariaDB
 * Galera, where the loser of two concurrent takes fails at certification instead of waiting. Times
 * come from the database's clock, so the nodes' clocks need not agree.
 */
class LeaseTable {

  static final int NAME_MAX = 64;
  static final int HOLDER_MAX = 200;

  /** Renews the holder's lease, or takes one that lapsed; taken_at is assigned first on purpose. */
  private static final String RENEW_OR_TAKE =
      """
      UPDATE job_lease
         SET taken_at = IF(holder = ?, taken_at, NOW(6)),
             holder = ?,
             renewed_at = NOW(6),
             expires_at = NOW(6) + INTERVAL ? MICROSECOND
       WHERE name = ? AND (holder = ? OR expires_at <= NOW(6))\
      """;

  /**
   * The same for a job whose row may not exist yet, in one statement: a concurrent insert of the
   * same key waits for the row lock instead of deadlocking. The assignments read the old values but
   * the last, which reads the new holder.
   */
  private static final String UPSERT =
      """
      INSERT INTO job_lease (name, holder, taken_at, renewed_at, expires_at)
      VALUES (?, ?, NOW(6), NOW(6), NOW(6) + INTERVAL ? MICROSECOND)
      ON DUPLICATE KEY UPDATE
        taken_at = IF(holder = VALUES(holder) OR expires_at > NOW(6), taken_at, NOW(6)),
        renewed_at = IF(holder = VALUES(holder) OR expires_at <= NOW(6), NOW(6), renewed_at),
        holder = IF(holder = VALUES(holder) OR expires_at <= NOW(6), VALUES(holder), holder),
        expires_at = IF(holder = VALUES(holder), VALUES(expires_at), expires_at)\
      """;

  /** Ends the holder's leases now, so that another node (or this one, restarted) need not wait. */
  private static final String RELEASE =
      "UPDATE job_lease SET expires_at = NOW(6)"
          + " WHERE holder = ? AND expires_at > NOW(6) AND NOT FIND_IN_SET(name, ?)";

  /** Jobs whose row exists: a node that is not the holder then pays one statement per tick. */
  private final Set<String> existing = ConcurrentHashMap.newKeySet();

  /** Whether {@code holder} holds the lease of {@code job} for {@code ttl} from now. */
  boolean lead(Connection connection, String job, String holder, Duration ttl) throws SQLException {
    if (job.isEmpty() || job.length() > NAME_MAX || holder.length() > HOLDER_MAX) {
      throw new IllegalArgumentException("job name of 1 to " + NAME_MAX + " characters: " + job);
    }
    long micros = ttl.toNanos() / 1_000;
    try {
      // an update that finds no row locks the gap, and two such nodes then deadlock on the insert
      return existing.contains(job)
          ? renewOrTake(connection, job, holder, micros)
          : upsert(connection, job, holder, micros);
    } catch (SQLTransactionRollbackException e) {
      // a deadlock, or a certification conflict on Galera: this transaction is gone, another won
      return false;
    }
  }

  /** Gives up every lease {@code holder} holds but those of {@code busy} jobs; how many. */
  int release(Connection connection, String holder, Set<String> busy) throws SQLException {
    try (var release = connection.prepareStatement(RELEASE)) {
      release.setString(1, holder);
      release.setString(2, String.join(",", busy));
      return release.executeUpdate();
    }
  }

  private boolean renewOrTake(Connection connection, String job, String holder, long micros)
      throws SQLException {
    try (var renew = connection.prepareStatement(RENEW_OR_TAKE)) {
      renew.setString(1, holder);
      renew.setString(2, holder);
      renew.setLong(3, micros);
      renew.setString(4, job);
      renew.setString(5, holder);
      return renew.executeUpdate() == 1;
    }
  }

  private boolean upsert(Connection connection, String job, String holder, long micros)
      throws SQLException {
    try (var upsert = connection.prepareStatement(UPSERT);
        var holding = connection.prepareStatement("SELECT holder FROM job_lease WHERE name = ?")) {
      upsert.setString(1, job);
      upsert.setString(2, holder);
      upsert.setLong(3, micros);
      upsert.executeUpdate();
      existing.add(job);
      holding.setString(1, job);
      try (var row = holding.executeQuery()) {
        return row.next() && holder.equals(row.getString(1));
      }
    }
  }
}
