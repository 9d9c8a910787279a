package org.koinagora.fairs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every 30 seconds, unpaid holds that ran out free their stands, and freed stands go to the
 * waitlists.
 */
@Singleton
public class HoldExpiry {

  @Inject private BookingService bookings;

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void releaseExpiredHolds() {
    bookings.releaseExpiredHolds(null, Instant.now());
    bookings.offerToWaitlists();
  }
}
