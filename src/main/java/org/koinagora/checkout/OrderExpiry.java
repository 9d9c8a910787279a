package org.koinagora.checkout;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.koinagora.shared.jobs.JobLeases;

/**
 * Every 30 s: unpaid orders past their time end and give back their stock; on one node of a cluster
 * at a time.
 */
@Singleton
public class OrderExpiry {

  @Inject private OrderService orders;
  @Inject private JobLeases leases;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  public void expire() {
    leases.runIfLeader("order-expiry", Duration.ofSeconds(90), orders::expireUnpaid);
  }
}
