package org.koinagora.checkout.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.Money;

/**
 * Sends each enterprise its share of a card-paid order, and each organiser its stand fees
 * (Connect's separate charges and transfers), and takes them back before a refund. Every call
 * carries an idempotency key, so a retry — after a crash, or from the nightly reconciliation —
 * never pays twice.
 */
@ApplicationScoped
public class Transfers {

  private static final Logger LOG = Logger.getLogger(Transfers.class.getName());

  @Inject private StripeSettings settings;
  @Inject private Payouts payouts;

  /** Transfers every sum still due; a failure waits for the next run. */
  public void payOut() {
    for (Payouts.Due due : payouts.due()) {
      try {
        Transfer transfer =
            settings
                .client()
                .v1()
                .transfers()
                .create(
                    TransferCreateParams.builder()
                        .setAmount(StripePayments.cents(due.amount()))
                        .setCurrency("eur")
                        .setDestination(due.account())
                        .setTransferGroup(due.transferGroup())
                        .putMetadata("koinagora", due.name())
                        .build(),
                    StripePayments.key(due.name() + "-transfer"));
        if (!payouts.transferred(due, transfer.getId())) {
          reverse(transfer.getId(), due.amount());
        }
      } catch (StripeException | RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "transfer of " + due.name() + " failed; it is tried again by the next run",
            e);
      }
    }
  }

  /** Takes a transfer back from the connected account, before the money is refunded. */
  void reverse(String transferId, Money amount) {
    try {
      settings
          .client()
          .v1()
          .transfers()
          .reversals()
          .create(
              transferId,
              TransferReversalCreateParams.builder()
                  .setAmount(StripePayments.cents(amount))
                  .build(),
              StripePayments.key(transferId + "-reversal"));
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused to reverse transfer " + transferId, e);
    }
  }
}
