package org.koinagora.checkout.stripe;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every 10 s, the shares of card-paid orders not yet transferred are sent to the sellers: off the
 * webhook's path (which answers at once), and retried until Stripe accepts them. Idempotency keys
 * make a second node's attempt harmless.
 */
@Singleton
public class PayoutJob {

  @Inject private StripeSettings settings;
  @Inject private Transfers transfers;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void payOut() {
    if (settings.isConfigured()) {
      transfers.payOut();
    }
  }
}
