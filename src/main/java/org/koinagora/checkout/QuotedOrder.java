package org.koinagora.checkout;

import java.math.BigDecimal;
import java.util.List;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.Money;

/**
 * An order made from an accepted quote: its buyer, how they pay, the enterprise and the quote's
 * lines; {@code onAccount} for a public body paying on account (null otherwise).
 */
public record QuotedOrder(
    Long buyerId,
    Contact contact,
    String language,
    PaymentMethod payment,
    ManualKind manualKind,
    Enterprise enterprise,
    List<Line> lines,
    OnAccount onAccount) {

  /** A quoted line: a decimal quantity in its unit, at a price that includes VAT. */
  public record Line(
      String description, BigDecimal quantity, String unit, Money unitPrice, int vatRate) {}

  /** A public body's ΑΦΜ, ΔΟΥ and the reference of its decision (e.g. the ΑΔΑ). */
  public record OnAccount(String afm, String doy, String reference) {}
}
