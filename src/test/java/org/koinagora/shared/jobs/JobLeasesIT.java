package org.koinagora.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Database;

/**
 * The lease SQL on the test MariaDB, each "node" a {@link LeaseTable} of its own on a connection of
 * its own, as {@link LeaseStore} uses it: take or renew, then commit at once.
 */
class JobLeasesIT {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @BeforeAll
  static void schemaIsMigrated() {
    // the same migrations the application runs at start; a no-op when a deployment already did
    Flyway.configure()
        .dataSource(
            "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.db.port") + "/koinagora_it",
            "koinagora",
            "koinagora-it")
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @Test
  void eightNodesTakingOneFreshLeaseAtOnceGiveOneHolder() throws Exception {
    assertEquals(1, contend(job(), nodes(8)), "exactly one node takes a lease that no one held");
  }

  @Test
  void eightNodesTakingOneLapsedLeaseAtOnceGiveOneHolder() throws Exception {
    String job = job();
    List<LeaseTable> nodes = nodes(8);
    for (int round = 0; round < 5; round++) {
      Database.update(
          "UPDATE job_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE name = ?", job);
      assertEquals(
          1,
          contend(job, nodes),
          "round " + round + ": exactly one node takes a lease that lapsed");
    }
  }

  @Test
  void aLapsedLeaseIsTakenOverAndTheOldHolderStops() throws Exception {
    String job = job();
    var a = new LeaseTable();
    var b = new LeaseTable();
    assertTrue(lead(a, job, "node-a"));
    assertFalse(lead(b, job, "node-b"), "a lease in force is not taken");

    // node-a dies: it stops renewing and the lease runs out
    Database.update(
        "UPDATE job_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE name = ?", job);
    assertTrue(lead(b, job, "node-b"), "a lapsed lease is taken over");
    assertEquals("node-b", Database.value("SELECT holder FROM job_lease WHERE name = ?", job));
    assertFalse(lead(a, job, "node-a"), "the old holder, back, no longer runs the job");
  }

  @Test
  void aReleasedLeaseIsTakenAtOnceButABusyOneAndOtherHoldersLeasesAreKept() throws Exception {
    String job = job();
    String busy = job();
    String other = job();
    // holders of their own: the other tests leave leases of node-a and node-b in force
    String nodeA = "a-" + job;
    String nodeB = "b-" + job;
    var a = new LeaseTable();
    var b = new LeaseTable();
    assertTrue(lead(a, job, nodeA));
    assertTrue(lead(a, busy, nodeA));
    assertTrue(lead(b, other, nodeB));
    assertFalse(lead(b, job, nodeB), "a lease in force is not taken");

    // node-a shuts down cleanly while a run of the busy job is still under way
    try (Connection connection = Database.connect()) {
      assertEquals(
          1, a.release(connection, nodeA, Set.of(busy)), "node-a gives up the idle job's lease");
    }
    assertTrue(lead(b, job, nodeB), "a released lease is taken without waiting for it to lapse");
    assertFalse(lead(b, busy, nodeB), "the busy job's lease is kept until it lapses");
    assertFalse(lead(a, other, nodeA), "node-b's own lease is untouched by node-a's release");
  }

  @Test
  void theHolderRenewsItsLeaseAndKeepsItsTakingTime() throws Exception {
    String job = job();
    var a = new LeaseTable();
    var b = new LeaseTable();
    assertTrue(lead(a, job, "node-a", Duration.ofSeconds(2)));
    Timestamp taken =
        (Timestamp) Database.value("SELECT taken_at FROM job_lease WHERE name = ?", job);
    Timestamp firstExpiry =
        (Timestamp) Database.value("SELECT expires_at FROM job_lease WHERE name = ?", job);

    Thread.sleep(1_200);
    assertTrue(lead(a, job, "node-a", Duration.ofSeconds(2)), "the holder renews");
    Thread.sleep(1_200);
    // past the first expiry, but renewed: still node-a's
    assertFalse(lead(b, job, "node-b"), "a renewed lease is not taken");
    assertTrue(lead(a, job, "node-a", Duration.ofSeconds(2)));

    Timestamp expiry =
        (Timestamp) Database.value("SELECT expires_at FROM job_lease WHERE name = ?", job);
    assertTrue(
        expiry.after(firstExpiry), "renewing moves the expiry: " + firstExpiry + " → " + expiry);
    assertEquals(taken, Database.value("SELECT taken_at FROM job_lease WHERE name = ?", job));
  }

  /** How many of {@code nodes} threads, started together, each on its own connection, took it. */
  private static int contend(String job, List<LeaseTable> nodes) throws Exception {
    var start = new CyclicBarrier(nodes.size());
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        String holder = "node-" + i;
        var table = nodes.get(i);
        outcomes.add(
            pool.submit(
                () -> {
                  try (Connection connection = Database.connect()) {
                    connection.setAutoCommit(false);
                    start.await(10, TimeUnit.SECONDS);
                    boolean leads = table.lead(connection, job, holder, MINUTE);
                    connection.commit();
                    return leads;
                  }
                }));
      }
      int holders = 0;
      for (var outcome : outcomes) {
        holders += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      return holders;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean lead(LeaseTable table, String job, String holder) throws SQLException {
    return lead(table, job, holder, MINUTE);
  }

  private static boolean lead(LeaseTable table, String job, String holder, Duration ttl)
      throws SQLException {
    try (Connection connection = Database.connect()) {
      connection.setAutoCommit(false);
      boolean leads = table.lead(connection, job, holder, ttl);
      connection.commit();
      return leads;
    }
  }

  /** Nodes that have not seen the job's row yet (the first round) and then have. */
  private static List<LeaseTable> nodes(int count) {
    List<LeaseTable> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(new LeaseTable());
    }
    return nodes;
  }

  private static String job() {
    return "test-" + UUID.randomUUID();
  }
}
