package org.koinagora.shared.jobs;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
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

  @Inject private LeaseStore store;

  /** Whether this node led each job at its last tick, to log only the changes. */
  private final Map<String, Boolean> leading = new ConcurrentHashMap<>();

  /** Runs {@code job} if this node holds, renews or takes the lease of {@code name}. */
  public boolean runIfLeader(String name, Duration ttl, Runnable job) {
    if (!lead(name, ttl)) {
      return false;
    }
    job.run();
    return true;
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
