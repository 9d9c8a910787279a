package org.koinagora.checkout.stripe;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.koinagora.shared.jobs.JobLeases;

/**
 * Every 10 s, the shares of card-paid orders not yet transferred are sent to the sellers: off the
 * webhook's path (which answers at once), and retried until Stripe accepts them. Idempotency keys
 * still make a second attempt harmless; the lease keeps it to one node of a cluster at a time.
 */
@Singleton
public class PayoutJob {

  @Inject private StripeSettings settings;
  @Inject private Transfers transfers;
  @Inject private JobLeases leases;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void payOut() {
    if (settings.isConfigured()) {
      leases.runIfLeader("stripe-payouts", Duration.ofSeconds(60), transfers::payOut);
    }
  }
}
