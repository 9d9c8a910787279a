package org.koinagora.shared.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.koinagora.shared.persistence.DataSourceConfig;

/**
 * Takes and renews this node's job leases, each in a transaction of its own that commits before the
 * job runs: the job's rollback cannot lose the lease, and no lease row stays locked during it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LeaseStore {

  private static final Logger LOG = Logger.getLogger(LeaseStore.class.getName());

  /** This JVM: the host's name (to read in the table) and a random part (two JVMs on one host). */
  private final String holder = hostName() + "/" + UUID.randomUUID();

  private final LeaseTable table = new LeaseTable();

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean lead(String job, Duration ttl) {
    try (var connection = dataSource.getConnection()) {
      return table.lead(connection, job, holder, ttl);
    } catch (SQLException e) {
      throw new IllegalStateException("could not take or renew the lease of " + job, e);
    }
  }

  /**
   * At a clean shutdown (a deployment's rolling restart) the leases end at once, so that the jobs
   * carry on elsewhere, or here after the restart, without waiting for them to lapse. A node that
   * dies cannot do this: then they lapse. The leases of {@code busy} jobs, still running here, are
   * kept until they lapse, so that no other node starts them meanwhile.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(Set<String> busy) {
    try (var connection = dataSource.getConnection()) {
      int released = table.release(connection, holder, busy);
      LOG.info(() -> holder + " gave up " + released + " job lease(s) at shutdown");
    } catch (SQLException e) {
      // the database went first: the leases lapse on their own
      LOG.log(Level.INFO, "job leases not given up at shutdown; they lapse: {0}", e.getMessage());
    }
  }

  public String holder() {
    return holder;
  }

  private static String hostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.length() > 100 ? name.substring(0, 100) : name;
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
