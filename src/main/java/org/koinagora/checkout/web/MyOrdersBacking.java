package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.Bookings;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.OrderService;

/**
 * On /account: the buyer's coming bookings, soonest first, and orders, newest first, each linking
 * to its page.
 */
@Named
@RequestScoped
public class MyOrdersBacking {

  @Inject private OrderService orders;
  @Inject private CurrentUser currentUser;
  @Inject private Bookings bookings;

  private List<CustomerOrder> mine;
  private List<OrderLine> coming;

  public List<OrderLine> getBookings() {
    if (coming == null) {
      coming = bookings.comingOf(currentUser.require());
    }
    return coming;
  }

  public List<CustomerOrder> getMine() {
    if (mine == null) {
      mine = orders.ofBuyer(currentUser.require());
    }
    return mine;
  }
}
