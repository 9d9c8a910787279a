package org.koinagora.checkout;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every 30 s: unpaid orders past their time end and give back their stock. */
@Singleton
public class OrderExpiry {

  @Inject private OrderService orders;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  public void expire() {
    orders.expireUnpaid();
  }
}
