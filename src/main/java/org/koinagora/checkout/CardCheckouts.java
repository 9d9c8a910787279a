package org.koinagora.checkout;

import java.util.List;
import java.util.Optional;

/**
 * What the card provider knows of an order's payment (its page's id, the payment's id): kept by the
 * provider's adapter, so that no order carries them.
 */
public interface CardCheckouts {

  /** The buyer was sent to the provider's page for the order; a newer page replaces the older. */
  void started(long orderId, String sessionId);

  /** The order whose latest page this is. */
  Optional<Long> orderOf(String sessionId);

  /** The provider says this payment paid the order. */
  void paid(long orderId, String paymentId);

  /** The orders this payment paid. */
  List<Long> ordersPaidWith(String paymentId);
}
