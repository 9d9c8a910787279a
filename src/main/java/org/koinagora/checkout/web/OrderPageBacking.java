package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.OrderStatus;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.PickupPlaces;
import org.koinagora.enterprises.Iban;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /order?ref=: one order, for whoever holds its unguessable reference (a guest has no account): its
 * state, how to pay, pay by card again, or cancel it before it is handed over (asked once more,
 * with {@code confirm=cancel}, saying what will happen). The page is stateless, so the order is
 * read from the reference whenever the page or its form first needs it.
 */
@Named
@RequestScoped
public class OrderPageBacking {

  @Inject private OrderService orders;
  @Inject private Checkout checkout;
  @Inject private FormErrors formErrors;
  @Inject private CurrentUser currentUser;
  @Inject private PickupPlaces pickupPlaces;
  @Inject private LanguageBean language;
  @Inject private PartDocuments documents;
  private final Map<Long, Optional<PartDocuments.DocumentRef>> documentsOf = new HashMap<>();

  private String ref;
  private CustomerOrder order;

  public void load() {
    if (getOrder() == null) {
      Pages.sendError(404);
      return;
    }
    String claim =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("claim");
    if (claim != null && currentUser.isSignedIn() && orders.claim(order, currentUser.require())) {
      order = orders.byReference(getRef()).orElseThrow();
      formErrors.info("order_page.claimed");
    }
  }

  /** A guest's order may join an account of the same email. */
  public boolean isClaimable() {
    return getOrder().getBuyerId() == null;
  }

  /** Reopens Stripe's page for an unpaid card order. */
  public void pay() {
    try {
      var page = checkout.startPayment(getOrder());
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
      order = orders.cancelByReference(getRef());
      formErrors.info(
          order.getStatus() == OrderStatus.REFUNDED
              ? "order_page.cancelled_refunded"
              : "order_page.cancelled");
    } catch (BusinessException e) {
      formErrors.show("order", e);
      order = null;
    }
  }

  public boolean isCancellable() {
    return getOrder().isWithdrawable();
  }

  /** The buyer pressed "cancel" once: the page asks again before anything happens. */
  public boolean isConfirmingCancel() {
    return isCancellable() && "cancel".equals(parameter("confirm"));
  }

  public boolean isPayableByCard() {
    CustomerOrder order = getOrder();
    return order.getPaymentMethod() == PaymentMethod.STRIPE
        && order.getStatus() == OrderStatus.PENDING_PAYMENT;
  }

  public String grouped(String iban) {
    return Iban.grouped(iban);
  }

  public CustomerOrder getOrder() {
    if (order == null) {
      order = orders.byReference(getRef()).orElse(null);
    }
    return order;
  }

  /**
   * Where this part is collected (fair, day and stand; or the enterprise and how to reach it);
   * empty when it is sent.
   */
  /** The part's receipt or invoice, once issued (memoised: the page asks several times). */
  public PartDocuments.DocumentRef document(OrderPart part) {
    return documentsOf.computeIfAbsent(part.getId(), id -> documents.of(part, true)).orElse(null);
  }

  public String pickupAt(OrderPart part) {
    return pickupPlaces.of(part, language.getLocale());
  }

  public String getRef() {
    return ref == null ? parameter("ref") : ref;
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  public void setRef(String ref) {
    this.ref = ref;
  }
}
