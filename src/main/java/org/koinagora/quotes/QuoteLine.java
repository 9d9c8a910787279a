package org.koinagora.quotes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.BaseEntity;

/** A line of a quote: a description, a decimal quantity in a unit, a price including VAT. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends BaseEntity {

  public static final int DESCRIPTION_MAX = 160;
  public static final int UNIT_MAX = 20;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "quote_id")
  private Quote quote;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(length = UNIT_MAX)
  private String unit;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "unit_price", nullable = false, precision = 10, scale = 2))
  private Money unitPrice;

  @Column(name = "vat_rate", nullable = false)
  private int vatRate;

  protected QuoteLine() {}

  QuoteLine(Quote quote, int position, QuoteDraft.Line line) {
    this.quote = quote;
    this.position = position;
    this.description = line.description().strip();
    this.quantity = line.quantity();
    this.unit = line.unit() == null || line.unit().isBlank() ? null : line.unit().strip();
    this.unitPrice = Money.euros(line.unitPrice());
    this.vatRate = line.vatRate();
  }

  /** Quantity × unit price, to the cent (as an order line of it computes it). */
  public Money total() {
    return Money.rounded(unitPrice.decimal().multiply(quantity));
  }

  /** The VAT included in the line: total × rate / (100 + rate). */
  public Money vat() {
    return total().vatIncluded(vatRate);
  }

  /** "1200 m²", "2.5 hours". */
  public String amountText() {
    String amount = quantity.stripTrailingZeros().toPlainString();
    return unit == null ? amount : amount + " " + unit;
  }

  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getUnit() {
    return unit;
  }

  public Money getUnitPrice() {
    return unitPrice;
  }

  public int getVatRate() {
    return vatRate;
  }
}
