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
import java.math.RoundingMode;
import java.time.Instant;
import org.koinagora.catalog.Listing;
import org.koinagora.services.ServiceSlot;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.BaseEntity;

/** A listing bought, with its title and price as they were at the time of the order. */
@Entity
@Table(name = "order_line")
public class OrderLine extends BaseEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "part_id")
  private OrderPart part;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
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

  @Column(nullable = false)
  private int quantity;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "slot_id")
  private ServiceSlot slot;

  /** A booked slot: until when the buyer may still call it off (its start less the notice). */
  @Column(name = "cancellable_until")
  private Instant cancellableUntil;

  protected OrderLine() {}

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
    return unitPrice.times(quantity);
  }

  /** The VAT included in the line: total × rate / (100 + rate). */
  public Money vat() {
    return Money.rounded(
        total()
            .decimal()
            .multiply(BigDecimal.valueOf(vatRate))
            .divide(BigDecimal.valueOf(100L + vatRate), 2, RoundingMode.HALF_UP));
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
