package org.koinagora.shared.jobs;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job on one node of a cluster at a time: the node holding the job's lease (a
 * {@code job_lease} row) runs it and renews the lease at every tick; when the holder stops renewing
 * (it died), another node takes the lease once it has run out. A job opts in by wrapping its
 * {@code @Schedule} method's body:
 *
 * <pre>
 * {@code leases.runIfLeader("order-expiry", Duration.ofSeconds(90), () -> orders.expireUnpaid());}
 * </pre>
 *
 * The lease lasts a few ticks (so a single node keeps it from tick to tick) and longer than a run;
 * it is how long the job may stand still after its node dies. The job runs in the caller's
 * transaction, unchanged; the lease commits on its own before it.
 */
@ApplicationScoped
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  @Inject private LeaseStore store;

  /** Whether this node led each job at its last tick, to log only the changes. */
  private final Map<String, Boolean> leading = new ConcurrentHashMap<>();

  /** How many runs of each job are under way here, from taking the lease to the job's end. */
  private final Map<String, Integer> running = new ConcurrentHashMap<>();

  private volatile boolean stopping;

  /** Runs {@code job} if this node holds, renews or takes the lease of {@code name}. */
  public boolean runIfLeader(String name, Duration ttl, Runnable job) {
    // a stopping node takes no lease again: it would hold up the node that carries on; checked
    // again once counted, so that a tick racing stop() either is waited for or takes nothing
    if (stopping) {
      return false;
    }
    running.merge(name, 1, Integer::sum);
    try {
      if (stopping || !lead(name, ttl)) {
        return false;
      }
      job.run();
      return true;
    } finally {
      running.computeIfPresent(name, (key, runs) -> runs == 1 ? null : runs - 1);
    }
  }

  /**
   * At a clean shutdown: takes no lease any more, lets the runs under way end (for a few seconds at
   * most), then gives up the leases but those of jobs still running, which lapse.
   */
  public void stop() {
    stopping = true;
    Instant giveUp = Instant.now().plus(STOP_WAIT);
    while (!running.isEmpty() && Instant.now().isBefore(giveUp)) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    store.release(Set.copyOf(running.keySet()));
  }

  private boolean lead(String name, Duration ttl) {
    boolean leads = take(name, ttl);
    Boolean before = leading.put(name, leads);
    if (before == null ? leads : before != leads) {
      LOG.info(
          () -> store.holder() + (leads ? " now runs " : " no longer runs ") + "the job " + name);
    }
    return leads;
  }

  private boolean take(String name, Duration ttl) {
    try {
      return store.lead(name, ttl);
    } catch (EJBException e) {
      // a certification conflict on Galera, or the database away: another tick tries again
      LOG.log(Level.FINE, e, () -> "lease of " + name + " not taken this tick");
      return false;
    }
  }
}
