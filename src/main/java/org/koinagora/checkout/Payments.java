package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds the gateway of a payment method. */
@ApplicationScoped
public class Payments {

  @Inject @Any private Instance<PaymentGateway> gateways;

  public PaymentGateway of(PaymentMethod method) {
    return gateways.stream()
        .filter(gateway -> gateway.method() == method)
        .findFirst()
        .orElseThrow();
  }

  public boolean isAvailable(PaymentMethod method) {
    return of(method).isAvailable();
  }
}
