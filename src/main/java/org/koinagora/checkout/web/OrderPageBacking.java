package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.OrderStatus;
import org.koinagora.checkout.PartStatus;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /order?ref=: one order, for whoever holds its unguessable reference (a guest has no account):
 * its state, how to pay, pay by card again, or cancel it before it is handed over.
 */
@Named
@RequestScoped
public class OrderPageBacking {

  @Inject private OrderService orders;
  @Inject private Checkout checkout;
  @Inject private FormErrors formErrors;
  @Inject private org.koinagora.accounts.CurrentUser currentUser;

  private String ref;
  private CustomerOrder order;

  public void load() {
    order = orders.byReference(ref).orElse(null);
    if (order == null) {
      Pages.sendError(404);
      return;
    }
    String claim = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("claim");
    if (claim != null && currentUser.isSignedIn() && orders.claim(order, currentUser.require())) {
      order = orders.byReference(ref).orElseThrow();
      formErrors.info("order_page.claimed");
    }
  }

  /** A guest's order may join an account of the same email. */
  public boolean isClaimable() {
    return order.getBuyerId() == null;
  }

  /** Reopens Stripe's page for an unpaid card order. */
  public void pay() {
    load();
    try {
      var page = checkout.startPayment(order);
      if (page.isPresent()) {
        FacesContext.getCurrentInstance().getExternalContext().redirect(page.get().toString());
      } else {
        formErrors.error("checkout.payment_not_started");
      }
    } catch (BusinessException e) {
      formErrors.show("order", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void cancel() {
    try {
      order = orders.cancelByReference(ref);
      formErrors.info(order.getStatus() == OrderStatus.REFUNDED ? "order_page.cancelled_refunded" : "order_page.cancelled");
    } catch (BusinessException e) {
      formErrors.show("order", e);
      load();
    }
  }

  public boolean isCancellable() {
    return order.getStatus() != OrderStatus.CANCELLED && order.getStatus() != OrderStatus.REFUNDED
        && order.getParts().stream().noneMatch(part -> PartStatus.HANDED_OVER.contains(part.getStatus()));
  }

  public boolean isPayableByCard() {
    return order.getPaymentMethod() == PaymentMethod.STRIPE && order.getStatus() == OrderStatus.PENDING_PAYMENT;
  }

  public String grouped(String iban) {
    return org.koinagora.enterprises.Iban.grouped(iban);
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }
}
