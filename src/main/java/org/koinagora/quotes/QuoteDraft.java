package org.koinagora.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as the enterprise writes it; checked by {@link QuoteDesk} field by field ({@code
 * lines[0].quantity}…). Prices include VAT.
 */
public record QuoteDraft(List<Line> lines, LocalDate validUntil, String note) {

  /** A line: what, how much (a decimal) in which unit, at what price each, at which VAT rate. */
  public record Line(
      String description,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      Integer vatRate) {}
}
