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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.CartLine;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderRequest;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.Payments;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.checkout.Visitor;
import org.koinagora.delivery.DeliveryQuote;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.delivery.DeliveryTerms;
import org.koinagora.delivery.Postcodes;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.Fair;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.CartCount;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Formats;

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
   * An enterprise of the cart; {@code servicesOnly}: only booked times, nothing to hand over;
   * {@code goods}: what its products come to, and {@code grams} what they weigh (null: some product
   * has no weight), for the delivery charge.
   */
  public record Seller(
      long id,
      String name,
      BigDecimal subtotal,
      int items,
      boolean acceptsCards,
      List<Fair> fairs,
      boolean servicesOnly,
      Region region,
      BigDecimal goods,
      Integer grams,
      boolean delivers,
      BigDecimal minimumOrder)
      implements Serializable {

    /** Below its enterprise's minimum order (a part of only booked times never is). */
    public boolean isBelowMinimum() {
      return minimumOrder != null && goods.signum() > 0 && goods.compareTo(minimumOrder) < 0;
    }
  }

  @Inject private transient CartService carts;
  @Inject private PayoutAccounts payoutAccounts;
  @Inject private transient Checkout checkout;
  @Inject private transient OrderService orders;
  @Inject private transient Payments payments;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;
  @Inject private transient DeliveryService deliveryTerms;

  private transient List<Seller> sellers;
  private final DeliveryChoices delivery = new DeliveryChoices();
  private final BuyerDetails buyer = new BuyerDetails();
  private final InvoiceDetails invoice = new InvoiceDetails();
  private String payment = "BANK_TRANSFER";

  public void load() throws IOException {
    currentUser.get().ifPresent(user -> buyer.fillBlanks(user.email(), user.name()));
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
              .map(entry -> seller(entry.getKey(), entry.getValue()))
              .toList();
      delivery.offer(sellerIds());
    }
    return sellers;
  }

  private Seller seller(Enterprise enterprise, List<CartLine> lines) {
    List<CartLine> products = lines.stream().filter(line -> line.slot() == null).toList();
    Optional<DeliveryTerms> terms = deliveryTerms.of(enterprise.getId());
    return new Seller(
        enterprise.getId(),
        enterprise.getName(),
        lines.stream().map(CartLine::total).reduce(BigDecimal.ZERO, BigDecimal::add),
        lines.stream().mapToInt(CartLine::quantity).sum(),
        payoutAccounts.sellerTakesCards(enterprise.getId()),
        orders.pickupFairs(enterprise.getId()),
        products.isEmpty(),
        enterprise.getRegion(),
        products.stream().map(CartLine::total).reduce(BigDecimal.ZERO, BigDecimal::add),
        products.stream().anyMatch(line -> line.listing().getWeightGrams() == null)
            ? null
            : products.stream()
                .mapToInt(line -> line.listing().getWeightGrams() * line.quantity())
                .sum(),
        terms.map(DeliveryTerms::delivers).orElse(true),
        terms.map(DeliveryTerms::getMinimumOrder).map(Money::decimal).orElse(null));
  }

  /**
   * What sending this seller's part costs, once delivery is chosen and the postcode typed; empty
   * otherwise, or when it cannot be sent there.
   */
  private Optional<DeliveryQuote> deliveryQuote(Seller seller) {
    if (!Fulfilment.DELIVERY.name().equals(delivery.getFulfilments().get(seller.id()))
        || Postcodes.normalised(buyer.getPostcode()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        deliveryTerms.quote(
            seller.id(),
            seller.region(),
            buyer.getPostcode(),
            Money.euros(seller.goods()),
            seller.grams() == null ? OptionalInt.empty() : OptionalInt.of(seller.grams())));
  }

  /** What the buyer reads under a seller's choices about its delivery charge. */
  public String deliveryNote(Seller seller) {
    if (!Fulfilment.DELIVERY.name().equals(delivery.getFulfilments().get(seller.id()))) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return deliveryQuote(seller)
        .map(
            quote ->
                quote.isRefused()
                    ? Texts.get(locale, quote.refusal().messageKey(), seller.name())
                    : quote.amount().isZero()
                        ? Texts.get(locale, "checkout.delivery_free")
                        : Texts.get(
                            locale,
                            "checkout.delivery_charge",
                            Formats.moneyIn(quote.amount(), locale)))
        .orElseGet(() -> Texts.get(locale, "checkout.delivery_postcode"));
  }

  /** Why a seller's part cannot be ordered yet: less than its minimum order. */
  public String minimumNote(Seller seller) {
    return Texts.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        "order.minimum",
        seller.name(),
        seller.minimumOrder(),
        seller.goods());
  }

  /** The sum of the parts, with the delivery charges known so far. */
  public BigDecimal getTotal() {
    return getSellers().stream()
        .map(
            seller ->
                seller
                    .subtotal()
                    .add(
                        deliveryQuote(seller)
                            .filter(quote -> !quote.isRefused())
                            .map(quote -> quote.amount().decimal())
                            .orElse(BigDecimal.ZERO)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Card payment is offered when Stripe is set up and every seller in the cart can receive it. */
  public boolean isCardPossible() {
    return payments.isAvailable(PaymentMethod.STRIPE)
        && getSellers().stream().allMatch(Seller::acceptsCards);
  }

  public void place() {
    try {
      var choices = delivery.choices(sellerIds());
      boolean delivers = DeliveryChoices.delivers(choices);
      PaymentMethod method = "STRIPE".equals(payment) ? PaymentMethod.STRIPE : PaymentMethod.MANUAL;
      ManualKind manualKind =
          "ON_PICKUP".equals(payment) ? ManualKind.ON_PICKUP : ManualKind.BANK_TRANSFER;
      var request =
          new OrderRequest(
              lines().stream()
                  .map(
                      line ->
                          new OrderRequest.Item(
                              line.listing().getId(),
                              line.quantity(),
                              line.slot() == null
                                  ? null
                                  : new OrderRequest.SlotChoice(line.getSlotStart())))
                  .toList(),
              buyer.contact(),
              null,
              choices,
              delivers ? buyer.address() : null,
              method,
              manualKind,
              Language.of(request()).code(),
              invoice.choice());
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
      formErrors.show("checkout", e, BuyerDetails.FIELD_IDS);
      sellers = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Long> sellerIds() {
    return getSellers().stream().map(Seller::id).toList();
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

  public DeliveryChoices getDelivery() {
    return delivery;
  }

  public InvoiceDetails getInvoice() {
    return invoice;
  }

  public BuyerDetails getBuyer() {
    return buyer;
  }

  public String getPayment() {
    return payment;
  }

  public void setPayment(String payment) {
    this.payment = payment;
  }
}
