package org.koinagora.shared;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros, exact to the cent. Entities map it to their own amount column with an
 * {@code @AttributeOverride}; the platform sells in euros only, so the currency is not stored. In
 * the API it reads {@code {"amount":"12.50","currency":"EUR"}}.
 */
@Embeddable
@JsonbPropertyOrder({"amount", "currency"})
public class Money implements Serializable, Comparable<Money> {

  private static final long serialVersionUID = 1L;

  public static final String EUR = "EUR";

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Transient private String currency = EUR;

  protected Money() {}

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Euros, to the cent.
   *
   * @throws ArithmeticException when the amount has fractions of a cent: callers validate first
   */
  public static Money euros(BigDecimal amount) {
    return new Money(Objects.requireNonNull(amount).setScale(2, RoundingMode.UNNECESSARY));
  }

  /** Euros from an exact decimal such as {@code "12.5"}. */
  public static Money euros(String amount) {
    return euros(new BigDecimal(amount));
  }

  /** Euros rounded half-up to the cent (a computed share, a percentage). */
  public static Money rounded(BigDecimal amount) {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The VAT a gross amount includes at {@code ratePercent}: amount × rate / (100 + rate). */
  public Money vatIncluded(int ratePercent) {
    return rounded(
        decimal()
            .multiply(BigDecimal.valueOf(ratePercent))
            .divide(BigDecimal.valueOf(100L + ratePercent), 2, RoundingMode.HALF_UP));
  }

  /** The amount as an exact decimal string, e.g. {@code "12.50"}. */
  public String getAmount() {
    return decimal().toPlainString();
  }

  public String getCurrency() {
    return currency == null ? EUR : currency;
  }

  public BigDecimal decimal() {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
  }

  @JsonbTransient
  public boolean isZero() {
    return amount.signum() == 0;
  }

  @JsonbTransient
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Whole cents, as card processors count. */
  public long cents() {
    return decimal().movePointRight(2).longValueExact();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money that && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return decimal().hashCode();
  }

  @Override
  public String toString() {
    return getAmount() + " " + getCurrency();
  }
}
