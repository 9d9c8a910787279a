package org.koinagora.checkout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.koinagora.catalog.Listing;
import org.koinagora.services.ServiceSlot;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * A listing bought, with its title and price as they were at the time of the order; or a line of an
 * accepted quote, which has no listing but its own description, decimal quantity and unit.
 */
@Entity
@Table(name = "order_line")
public class OrderLine extends BaseEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "part_id")
  private OrderPart part;

  /** Null for a quoted line. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "listing_id")
  private Listing listing;

  @Column(nullable = false, length = 160)
  private String title;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "unit_price", nullable = false, precision = 10, scale = 2))
  private Money unitPrice;

  @Column(name = "vat_rate", nullable = false)
  private int vatRate;

  /** For a listing's line, how many; 1 for a quoted line (whose quantity is {@link #measure}). */
  @Column(nullable = false)
  private int quantity;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "slot_id")
  private ServiceSlot slot;

  /** A booked slot: until when the buyer may still call it off (its start less the notice). */
  @Column(name = "cancellable_until")
  private Instant cancellableUntil;

  /** A quoted line's quantity (1,200 m², 2.5 hours); null for a listing's line. */
  @Column(precision = 12, scale = 3)
  private BigDecimal measure;

  /** A quoted line's unit as the enterprise wrote it (m², hours, portions). */
  @Column(length = 20)
  private String unit;

  /** The part's delivery charge (no listing, no stock), titled in the order's language. */
  @Column(nullable = false)
  private boolean delivery;

  protected OrderLine() {}

  /** A line of an accepted quote: no listing, so no stock; the price includes VAT. */
  static OrderLine quoted(
      OrderPart part,
      String description,
      BigDecimal measure,
      String unit,
      Money unitPrice,
      int vatRate) {
    var line = new OrderLine();
    line.part = part;
    line.title = description;
    line.measure = measure;
    line.unit = unit;
    line.unitPrice = unitPrice;
    line.vatRate = vatRate;
    line.quantity = 1;
    return line;
  }

  /** The delivery charge of a part, VAT included at the rate of its goods. */
  static OrderLine delivery(OrderPart part, String title, Money charge, int vatRate) {
    var line = quoted(part, title, null, null, charge, vatRate);
    line.delivery = true;
    return line;
  }

  OrderLine(OrderPart part, Listing listing, String title, int quantity) {
    this.part = part;
    this.listing = listing;
    this.title = title;
    this.unitPrice = listing.getPrice();
    this.vatRate = listing.getVatRate();
    this.quantity = quantity;
  }

  OrderLine(OrderPart part, Listing listing, String title, Booked booked) {
    this(part, listing, title, booked.places());
    this.slot = booked.slot();
    this.cancellableUntil = booked.cancellableUntil();
  }

  /** Places held in a slot, and until when the buyer may call them off. */
  record Booked(ServiceSlot slot, int places, Instant cancellableUntil) {}

  /** Whether the buyer may still call the line off at this time. */
  boolean cancellableAt(Instant now) {
    return cancellableUntil == null || now.isBefore(cancellableUntil);
  }

  public Money total() {
    return measure == null
        ? unitPrice.times(quantity)
        : Money.rounded(unitPrice.decimal().multiply(measure));
  }

  /** Whether it has no listing (no stock): a line of a quote, or the delivery charge. */
  public boolean isQuoted() {
    return listing == null;
  }

  /** Whether it is the part's delivery charge. */
  public boolean isDelivery() {
    return delivery;
  }

  /** How much, as a decimal: the quantity of a listing's line, or a quoted line's measure. */
  public BigDecimal amount() {
    return measure == null ? BigDecimal.valueOf(quantity) : measure.stripTrailingZeros();
  }

  /** How much for people to read: "3", or "1200 m²" for a quoted line. */
  public String amountText() {
    String amount = amount().toPlainString();
    return unit == null || unit.isBlank() ? amount : amount + " " + unit;
  }

  public BigDecimal getMeasure() {
    return measure;
  }

  public String getUnit() {
    return unit;
  }

  /** The VAT included in the line: total × rate / (100 + rate). */
  public Money vat() {
    return total().vatIncluded(vatRate);
  }

  public OrderPart getPart() {
    return part;
  }

  public Listing getListing() {
    return listing;
  }

  public String getTitle() {
    return title;
  }

  public Money getUnitPrice() {
    return unitPrice;
  }

  public int getVatRate() {
    return vatRate;
  }

  public int getQuantity() {
    return quantity;
  }

  /** The slot booked, or null for a product. */
  public ServiceSlot getSlot() {
    return slot;
  }

  public Instant getCancellableUntil() {
    return cancellableUntil;
  }
}
