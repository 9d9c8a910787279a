package org.koinagora.fairs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.koinagora.shared.jobs.JobLeases;

/**
 * Every 30 seconds, unpaid holds that ran out free their stands, and freed stands go to the
 * waitlists; on one node of a cluster at a time.
 */
@Singleton
public class HoldExpiry {

  @Inject private BookingService bookings;
  @Inject private JobLeases leases;

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void releaseExpiredHolds() {
    leases.runIfLeader(
        "hold-expiry",
        Duration.ofSeconds(90),
        () -> {
          bookings.releaseExpiredHolds(null, Instant.now());
          bookings.offerToWaitlists();
        });
  }
}
