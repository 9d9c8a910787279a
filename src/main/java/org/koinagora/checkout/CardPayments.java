package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What Stripe's (verified) events do to orders, in the webhook's transaction. Events may come in
 * any order: a late "expired" never undoes a payment, and a payment for an order that already ended
 * is refunded, never applied.
 */
@ApplicationScoped
public class CardPayments {

  private static final Logger LOG = Logger.getLogger(CardPayments.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private OrderService orders;
  @Inject private OrderMails mails;
  @Inject private Payments payments;
  @Inject private PayoutAccounts payoutAccounts;
  @Inject private CardCheckouts checkouts;
  @Inject private Event<PartsSettled> settled;

  public void paid(String sessionId, Long orderId, String paymentIntent) {
    Optional<CustomerOrder> found = order(sessionId, orderId);
    if (found.isEmpty()) {
      LOG.warning("a paid Checkout session " + sessionId + " matches no order");
      return;
    }
    CustomerOrder order = found.get();
    CustomerOrder.PaymentOutcome outcome = order.paidByStripe(Instant.now());
    if (outcome != CustomerOrder.PaymentOutcome.ALREADY_PAID) {
      checkouts.paid(order.getId(), paymentIntent);
    }
    switch (outcome) {
      case APPLIED -> {
        settled.fire(new PartsSettled(order.getId()));
        mails.paid(order);
      }
      case TOO_LATE -> {
        order.getParts().forEach(payments.of(PaymentMethod.STRIPE)::refund);
        mails.paidTooLate(order);
      }
      case ALREADY_PAID -> LOG.fine("order " + order.getId() + " was already paid");
    }
  }

  /** Stripe closed the payment page unpaid: the order ends now rather than at its own time. */
  public void expired(String sessionId, Long orderId) {
    order(sessionId, orderId)
        .filter(
            order -> order.getStatus() == OrderStatus.PENDING_PAYMENT && order.getPaidAt() == null)
        .ifPresent(
            order -> {
              orders.giveBackStock(order.withdraw("expired", Instant.now()));
              mails.expired(order);
            });
  }

  /** A declined card: the buyer may try again on the same page until the order runs out. */
  public void failed(Long orderId, String reason) {
    LOG.info("card payment for order " + orderId + " failed: " + reason);
  }

  /**
   * A refund made at Stripe (the dashboard, or ours confirmed): a full one marks every paid part
   * refunded.
   */
  public void refundedAtStripe(String paymentIntent, boolean fully) {
    if (paymentIntent == null || !fully) {
      return;
    }
    checkouts.ordersPaidWith(paymentIntent).stream()
        .map(id -> em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(Objects::nonNull)
        .forEach(
            order -> {
              order.getParts().stream()
                  .filter(OrderPart::isPaid)
                  .forEach(part -> part.refunded(Instant.now()));
              settled.fire(new PartsSettled(order.getId()));
            });
  }

  /** Stripe says whether a connected account can be paid out to. */
  public void accountUpdated(String account, boolean payoutsEnabled) {
    payoutAccounts.updated(account, payoutsEnabled);
  }

  private Optional<CustomerOrder> order(String sessionId, Long orderId) {
    Optional<CustomerOrder> found =
        checkouts.orderOf(sessionId).map(id -> em.find(CustomerOrder.class, id));
    if (found.isEmpty() && orderId != null) {
      found = Optional.ofNullable(em.find(CustomerOrder.class, orderId));
    }
    found.ifPresent(order -> em.lock(order, LockModeType.PESSIMISTIC_WRITE));
    return found;
  }
}
