package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.shared.ConflictException;

/**
 * Places an order, then opens its payment: the order and its stock are committed first, so a
 * payment provider that is slow or down never holds database locks, and a failed start can be
 * retried from the order's page until the order runs out.
 */
@ApplicationScoped
public class Checkout {

  private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

  @Inject private OrderService orders;
  @Inject private Payments payments;

  /**
   * The order, and where the buyer pays when the method has a page (empty: payment could not start;
   * retry).
   */
  public record Placed(CustomerOrder order, Optional<URI> paymentPage) {}

  public Placed place(Optional<SignedInUser> buyer, OrderRequest request) {
    orders.prepareSlots(request);
    CustomerOrder order = orders.place(buyer, request);
    return new Placed(order, startPayment(order));
  }

  /** Opens (or reopens) the payment page of an unpaid order. */
  public Optional<URI> startPayment(CustomerOrder order) {
    if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
      throw new ConflictException(null, "order.not_payable");
    }
    PaymentGateway gateway = payments.of(order.getPaymentMethod());
    try {
      return gateway
          .start(order)
          .map(
              page -> {
                orders.checkoutStarted(order.getId(), page.sessionId());
                return page.address();
              });
    } catch (RuntimeException providerDown) {
      LOG.log(
          Level.WARNING, "could not open the payment page of order " + order.getId(), providerDown);
      return Optional.empty();
    }
  }
}
