package org.koinagora.checkout.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.Address;
import org.koinagora.checkout.CartLine;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.Contact;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderRequest;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.Payments;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.checkout.Visitor;
import org.koinagora.fairs.Fair;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.web.CartCount;
import org.koinagora.shared.web.FormErrors;

/**
 * /checkout: per enterprise in the cart, delivery, pickup at the enterprise or at a fair stand
 * where it exhibits; who the order is for (guests give an email); how to pay. Prices are the
 * server's.
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The order's fields as this form names them: a refusal is shown next to the field it is about.
   */
  private static final Map<String, String> ORDER_FIELDS =
      Map.of(
          "manualKind",
          "payment",
          "address.street",
          "street",
          "address.postcode",
          "postcode",
          "address.city",
          "city",
          "contact.email",
          "email",
          "contact.name",
          "name",
          "contact.phone",
          "phone");

  /** One enterprise of the cart, with the ways its part can reach the buyer. */
  public record Seller(
      long id, String name, BigDecimal subtotal, int items, boolean acceptsCards, List<Fair> fairs)
      implements Serializable {}

  @Inject private transient CartService carts;
  @Inject private PayoutAccounts payoutAccounts;
  @Inject private transient Checkout checkout;
  @Inject private transient OrderService orders;
  @Inject private transient Payments payments;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private transient List<Seller> sellers;
  private final Map<Long, String> fulfilments = new HashMap<>();
  private final Map<Long, String> fairs = new HashMap<>();
  private String email;
  private String name;
  private String phone;
  private String street;
  private String postcode;
  private String city;
  private String payment = "BANK_TRANSFER";

  public void load() throws IOException {
    currentUser
        .get()
        .ifPresent(
            user -> {
              email = email == null ? user.email() : email;
              name = name == null ? user.name() : name;
            });
    if (getSellers().isEmpty()) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(request().getContextPath() + "/cart");
    }
  }

  public List<Seller> getSellers() {
    if (sellers == null) {
      sellers =
          CartService.byEnterprise(lines()).entrySet().stream()
              .map(
                  entry ->
                      new Seller(
                          entry.getKey().getId(),
                          entry.getKey().getName(),
                          entry.getValue().stream()
                              .map(CartLine::total)
                              .reduce(BigDecimal.ZERO, BigDecimal::add),
                          entry.getValue().stream().mapToInt(CartLine::quantity).sum(),
                          payoutAccounts.sellerTakesCards(entry.getKey().getId()),
                          orders.pickupFairs(entry.getKey().getId())))
              .toList();
      sellers.forEach(
          seller -> fulfilments.putIfAbsent(seller.id(), Fulfilment.PICKUP_AT_ENTERPRISE.name()));
    }
    return sellers;
  }

  public BigDecimal getTotal() {
    return getSellers().stream().map(Seller::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Card payment is offered when Stripe is set up and every seller in the cart can receive it. */
  public boolean isCardPossible() {
    return payments.isAvailable(PaymentMethod.STRIPE)
        && getSellers().stream().allMatch(Seller::acceptsCards);
  }

  public void place() {
    try {
      Map<Long, OrderRequest.Choice> choices = new HashMap<>();
      for (Seller seller : getSellers()) {
        Fulfilment how = fulfilment(fulfilments.get(seller.id()));
        String fair = fairs.get(seller.id());
        choices.put(
            seller.id(),
            new OrderRequest.Choice(
                how,
                how == Fulfilment.PICKUP_AT_FAIR && fair != null && fair.matches("\\d{1,18}")
                    ? Long.valueOf(fair)
                    : null));
      }
      boolean delivers =
          choices.values().stream().anyMatch(choice -> choice.method() == Fulfilment.DELIVERY);
      PaymentMethod method = "STRIPE".equals(payment) ? PaymentMethod.STRIPE : PaymentMethod.MANUAL;
      ManualKind manualKind =
          "ON_PICKUP".equals(payment) ? ManualKind.ON_PICKUP : ManualKind.BANK_TRANSFER;
      var request =
          new OrderRequest(
              lines().stream()
                  .map(line -> new OrderRequest.Item(line.listing().getId(), line.quantity()))
                  .toList(),
              new Contact(email, name, phone),
              null,
              choices,
              delivers ? new Address(street, postcode, city) : null,
              method,
              manualKind,
              Language.of(request()).code());
      Checkout.Placed placed = checkout.place(currentUser.get(), request);
      carts.empty(visitor());
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      CartCount.write(request(), (HttpServletResponse) context.getResponse(), 0);
      context.getFlash().setKeepMessages(true);
      if (placed.paymentPage().isPresent()) {
        context.redirect(placed.paymentPage().get().toString());
      } else {
        if (method == PaymentMethod.STRIPE) {
          formErrors.error("checkout.payment_not_started");
        }
        context.redirect(
            request().getContextPath() + "/order?ref=" + placed.order().getReference());
      }
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("checkout", e, ORDER_FIELDS);
      sellers = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Fulfilment fulfilment(String chosen) {
    try {
      return chosen == null || chosen.isBlank()
          ? Fulfilment.PICKUP_AT_ENTERPRISE
          : Fulfilment.valueOf(chosen);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("fulfilment", "order.step.unknown", chosen);
    }
  }

  private List<CartLine> lines() {
    return carts.find(visitor()).map(carts::lines).orElse(List.of());
  }

  private Visitor visitor() {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    return CartCookie.visitor(
        request(), (HttpServletResponse) context.getResponse(), currentUser.get(), false);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public Fulfilment[] getMethods() {
    return Fulfilment.values();
  }

  public Map<Long, String> getFulfilments() {
    return fulfilments;
  }

  public Map<Long, String> getFairs() {
    return fairs;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPayment() {
    return payment;
  }

  public void setPayment(String payment) {
    this.payment = payment;
  }
}
