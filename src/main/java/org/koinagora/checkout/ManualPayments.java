package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Bank transfer or pay on pickup: nothing to call; the seller marks its part paid, and gives money
 * back itself (the order records the refund).
 */
@ApplicationScoped
public class ManualPayments implements PaymentGateway {

  @Override
  public PaymentMethod method() {
    return PaymentMethod.MANUAL;
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public Optional<PaymentPage> start(CustomerOrder order) {
    return Optional.empty();
  }

  @Override
  public void refund(OrderPart part) {
    // the seller returns the money by transfer or in hand; the part's REFUNDED state records it
  }
}
