package org.koinagora.checkout;

import java.net.URI;
import java.util.Optional;

/** A way of paying, behind which the outside system (if any) stays: MANUAL, or Stripe. */
public interface PaymentGateway {

  PaymentMethod method();

  /** Whether buyers may choose it now (Stripe: keys configured). */
  boolean isAvailable();

  /** Starts paying for an order: the page to send the buyer to, when the method has one. */
  Optional<PaymentPage> start(CustomerOrder order);

  /** Gives back what the buyer paid for one enterprise's part of an order. */
  void refund(OrderPart part);

  /** Where the buyer pays, and the payment's id there. */
  record PaymentPage(URI address, String sessionId) {}
}
