package org.koinagora.checkout.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.Payouts;

/**
 * Sends each enterprise its share of a card-paid order (Connect's separate charges and transfers),
 * and takes it back before a refund. Every call carries an idempotency key, so a retry — after a
 * crash, or from the nightly reconciliation — never pays twice.
 */
@ApplicationScoped
public class Transfers {

  private static final Logger LOG = Logger.getLogger(Transfers.class.getName());

  @Inject private StripeSettings settings;
  @Inject private Payouts payouts;

  static String group(CustomerOrder order) {
    return "order-" + order.getId();
  }

  /** Transfers every share still due (of one order, or of all when null); failures wait for the next try. */
  public void payOut(Long orderId) {
    for (Payouts.Share share : payouts.due(orderId)) {
      try {
        Transfer transfer = settings.client().v1().transfers().create(TransferCreateParams.builder()
            .setAmount(StripePayments.cents(share.amount()))
            .setCurrency("eur")
            .setDestination(share.account())
            .setTransferGroup("order-" + share.orderId())
            .putMetadata("order_id", String.valueOf(share.orderId()))
            .putMetadata("part_id", String.valueOf(share.partId()))
            .build(), StripePayments.key("part-" + share.partId() + "-transfer"));
        if (!payouts.transferred(share.partId(), transfer.getId())) {
          reverse(transfer.getId(), share.partId(), share.amount());
        }
      } catch (StripeException | RuntimeException e) {
        LOG.log(Level.WARNING, "transfer of order part " + share.partId() + " failed; it is retried by the reconciliation", e);
      }
    }
  }

  /** Sends organisers the stand fees paid by card. */
  public void payOutStandFees() {
    for (Payouts.StandFee fee : payouts.dueStandFees()) {
      try {
        Transfer transfer = settings.client().v1().transfers().create(TransferCreateParams.builder()
            .setAmount(StripePayments.cents(fee.amount()))
            .setCurrency("eur")
            .setDestination(fee.account())
            .setTransferGroup("booking-" + fee.bookingId())
            .putMetadata("booking_id", String.valueOf(fee.bookingId()))
            .build(), StripePayments.key("booking-" + fee.bookingId() + "-transfer"));
        if (!payouts.standFeeTransferred(fee.bookingId(), transfer.getId())) {
          reverse(transfer.getId(), fee.bookingId(), fee.amount());
        }
      } catch (StripeException | RuntimeException e) {
        LOG.log(Level.WARNING, "transfer of the fee of stand booking " + fee.bookingId() + " failed; it is retried", e);
      }
    }
  }

  void reverse(OrderPart part) {
    if (part.getStripeTransferId() != null) {
      reverse(part.getStripeTransferId(), part.getId(), Payouts.share(part));
    }
  }

  private void reverse(String transferId, long partId, java.math.BigDecimal amount) {
    try {
      settings.client().v1().transfers().reversals().create(transferId, TransferReversalCreateParams.builder()
          .setAmount(StripePayments.cents(amount))
          .build(), StripePayments.key(transferId + "-reversal"));
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused to reverse the transfer of order part " + partId, e);
    }
  }
}
