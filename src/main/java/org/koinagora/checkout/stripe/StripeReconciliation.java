package org.koinagora.checkout.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.param.EventListParams;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.jobs.JobLeases;

/**
 * Nightly, and on an admin's request: the events Stripe sent in the last three days are compared
 * with those acted on, and any that never arrived (a webhook lost while the server was down) are
 * acted on now; shares not yet transferred are sent. The nightly run is on one node of a cluster.
 */
@Singleton
public class StripeReconciliation {

  private static final Logger LOG = Logger.getLogger(StripeReconciliation.class.getName());
  private static final List<String> TYPES =
      List.of(
          "checkout.session.completed",
          "checkout.session.expired",
          "payment_intent.payment_failed",
          "charge.refunded",
          "account.updated");

  @Inject private StripeSettings settings;
  @Inject private StripeEvents events;
  @Inject private Transfers transfers;
  @Inject private JobLeases leases;

  @Schedule(hour = "3", minute = "17", persistent = false)
  public void nightly() {
    if (settings.isConfigured()) {
      // the lease outlasts a run and the other nodes' ticks of the same minute, not the next day
      leases.runIfLeader("stripe-reconciliation", Duration.ofMinutes(30), this::reconcile);
    }
  }

  /** Returns how many missed events were acted on. */
  public int reconcile() {
    int caughtUp = 0;
    try {
      var params =
          EventListParams.builder()
              .setCreated(
                  EventListParams.Created.builder()
                      .setGte(Instant.now().minus(Duration.ofDays(3)).getEpochSecond())
                      .build())
              .addAllType(TYPES)
              .setLimit(100L)
              .build();
      for (Event event : settings.client().v1().events().list(params).autoPagingIterable()) {
        if (!events.isKnown(event.getId())) {
          try {
            events.handle(event);
            caughtUp++;
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "missed Stripe event " + event.getId() + " could not be acted on",
                e);
          }
        }
      }
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "could not list Stripe's events; tried again tomorrow", e);
    }
    transfers.payOut();
    return caughtUp;
  }
}
