package org.koinagora.checkout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.koinagora.catalog.Listing;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.Fair;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/** One enterprise's share of an order: what it sells, how the buyer gets it, and how far it got. */
@Entity
@Table(name = "order_part")
public class OrderPart extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Fulfilment fulfilment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "fair_id")
  private Fair fair;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PartStatus status;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "subtotal", nullable = false, precision = 12, scale = 2))
  private Money subtotal = Money.ZERO;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "part", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<OrderLine> lines = new ArrayList<>();

  protected OrderPart() {}

  OrderPart(
      CustomerOrder order, Enterprise enterprise, Fulfilment fulfilment, Fair fair, Instant now) {
    this.order = order;
    this.enterprise = enterprise;
    this.fulfilment = fulfilment;
    this.fair = fair;
    this.status = PartStatus.AWAITING_PAYMENT;
    this.updatedAt = now;
  }

  void add(Listing listing, String title, int quantity) {
    var line = new OrderLine(this, listing, title, quantity);
    lines.add(line);
    subtotal = subtotal.plus(line.total());
  }

  void book(Listing listing, String title, OrderLine.Booked booked) {
    var line = new OrderLine(this, listing, title, booked);
    lines.add(line);
    subtotal = subtotal.plus(line.total());
  }

  /** A line of an accepted quote (see {@link OrderLine#quoted}). */
  void addQuoted(
      String description, BigDecimal measure, String unit, Money unitPrice, int vatRate) {
    var line = OrderLine.quoted(this, description, measure, unit, unitPrice, vatRate);
    lines.add(line);
    subtotal = subtotal.plus(line.total());
  }

  /**
   * The delivery charge, as a line with the VAT rate of the part's goods (the highest, when they
   * have several): delivery follows the supply it delivers.
   */
  void addDelivery(String title, Money charge) {
    int vatRate =
        lines.stream()
            .filter(line -> !line.isQuoted() && line.getSlot() == null)
            .mapToInt(OrderLine::getVatRate)
            .max()
            .orElse(24);
    var line = OrderLine.delivery(this, title, charge, vatRate);
    lines.add(line);
    subtotal = subtotal.plus(line.total());
  }

  /** What its goods (products, not booked times) come to, VAT included. */
  public Money goods() {
    return lines.stream()
        .filter(line -> !line.isQuoted() && line.getSlot() == null)
        .map(OrderLine::total)
        .reduce(Money.ZERO, Money::plus);
  }

  /** The weight of its goods in grams; empty when some product has no weight given. */
  public OptionalInt weightGrams() {
    int grams = 0;
    for (OrderLine line : lines) {
      if (line.isQuoted() || line.getSlot() != null) {
        continue;
      }
      Integer weight = line.getListing().getWeightGrams();
      if (weight == null) {
        return OptionalInt.empty();
      }
      grams += weight * line.getQuantity();
    }
    return OptionalInt.of(grams);
  }

  /** Its delivery charge; zero when collected, or sent for nothing. */
  public Money getDelivery() {
    return lines.stream()
        .filter(OrderLine::isDelivery)
        .map(OrderLine::total)
        .reduce(Money.ZERO, Money::plus);
  }

  /** Whether it holds a booked slot. */
  public boolean hasBookings() {
    return lines.stream().anyMatch(line -> line.getSlot() != null);
  }

  Money vat() {
    return lines.stream().map(OrderLine::vat).reduce(Money.ZERO, Money::plus);
  }

  /** Payment received (the seller says so for MANUAL; Stripe's webhook for the whole order). */
  void paid(Instant now) {
    require(status == PartStatus.AWAITING_PAYMENT && !order.paysOnPickup());
    move(PartStatus.PAID, now);
  }

  void paidByCard(Instant now) {
    require(status == PartStatus.AWAITING_PAYMENT);
    status = PartStatus.PAID;
    updatedAt = now;
  }

  void shipped(Instant now) {
    require(fulfilment == Fulfilment.DELIVERY && status == PartStatus.PAID);
    move(PartStatus.SHIPPED, now);
  }

  /** Ready to collect: once paid, or at once when the buyer pays on pickup. */
  void ready(Instant now) {
    require(
        fulfilment != Fulfilment.DELIVERY
            && (status == PartStatus.PAID
                || (status == PartStatus.AWAITING_PAYMENT && order.paysOnPickup())));
    move(PartStatus.READY, now);
  }

  /**
   * Collected (a booked service: given); paying on pickup (on the day), this is also when it was
   * paid.
   */
  void pickedUp(Instant now) {
    require(
        status == PartStatus.READY
            || (fulfilment == Fulfilment.SERVICE
                && (status == PartStatus.PAID
                    || (status == PartStatus.AWAITING_PAYMENT && order.paysOnPickup()))));
    move(PartStatus.PICKED_UP, now);
  }

  /** The seller gives the money back (a return, or goods it cannot supply). */
  void refunded(Instant now) {
    require(
        status == PartStatus.PAID
            || status == PartStatus.READY
            || PartStatus.HANDED_OVER.contains(status));
    move(PartStatus.REFUNDED, now);
  }

  /** Called off before it was handed over: refunded when it was paid for, otherwise cancelled. */
  void withdraw(Instant now) {
    require(
        !PartStatus.HANDED_OVER.contains(status)
            && status != PartStatus.CANCELLED
            && status != PartStatus.REFUNDED);
    move(isPaid() ? PartStatus.REFUNDED : PartStatus.CANCELLED, now);
  }

  /** Money was received for it (paying on pickup: once picked up). */
  public boolean isPaid() {
    return switch (status) {
      case PAID, SHIPPED, PICKED_UP -> true;
      case READY -> !order.paysOnPickup();
      default -> false;
    };
  }

  private void move(PartStatus next, Instant now) {
    status = next;
    updatedAt = now;
    order.partsChanged(now);
  }

  private static void require(boolean allowed) {
    if (!allowed) {
      throw new ConflictException(null, "order.wrong_state");
    }
  }

  public CustomerOrder getOrder() {
    return order;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Fulfilment getFulfilment() {
    return fulfilment;
  }

  public Fair getFair() {
    return fair;
  }

  public PartStatus getStatus() {
    return status;
  }

  public Money getSubtotal() {
    return subtotal;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<OrderLine> getLines() {
    return lines;
  }
}
