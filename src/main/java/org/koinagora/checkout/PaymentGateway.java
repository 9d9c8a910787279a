package org.koinagora.checkout;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

/** A way of paying, behind which the outside system (if any) stays: MANUAL, or Stripe. */
public interface PaymentGateway {

  PaymentMethod method();

  /** Whether buyers may choose it now (Stripe: keys configured). */
  boolean isAvailable();

  /** Starts paying for an order: the page to send the buyer to, when the method has one. */
  Optional<PaymentPage> start(CustomerOrder order);

  /** Gives back money the buyer paid for the order (all of it, or one enterprise's part). */
  void refund(CustomerOrder order, BigDecimal amount, String idempotencyKey);

  /** Where the buyer pays, and the payment's id there. */
  record PaymentPage(URI address, String sessionId) {}
}
