package org.koinagora.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.koinagora.catalog.ValidVatRate;
import org.koinagora.enterprises.Afm;
import org.koinagora.shared.InvalidInputException;

/** What a request for a quote and a quote must hold; a wrong field is a 400 naming it. */
final class QuoteChecks {

  private static final BigDecimal QUANTITY_MAX = new BigDecimal("1000000");
  private static final BigDecimal PRICE_MAX = new BigDecimal("1000000");

  /** The most a quote may total: what one card payment item may be, and what totals can hold. */
  static final BigDecimal TOTAL_MAX = new BigDecimal("999999.99");

  private QuoteChecks() {}

  static void question(QuoteQuestion q) {
    required(q.description(), "description", QuoteRequest.DESCRIPTION_MAX);
    required(q.where(), "where", QuoteRequest.SHORT_MAX);
    required(q.when(), "when", QuoteRequest.SHORT_MAX);
    required(q.quantity(), "quantity", QuoteRequest.SHORT_MAX);
    if (q.budget() != null
        && (q.budget().signum() <= 0
            || q.budget().scale() > 2
            || q.budget().compareTo(new BigDecimal("10000000000")) >= 0)) {
      throw new InvalidInputException("budget", "quotes.budget.invalid");
    }
    if (q.buyerKind() == null) {
      throw new InvalidInputException("buyer.kind", "quotes.buyer.kind.required");
    }
    required(q.buyerName(), "buyer.name", QuoteRequest.NAME_MAX);
    boolean invoiced = q.buyerKind() != BuyerKind.PERSON;
    if (invoiced || present(q.afm())) {
      if (!present(q.afm()) || !Afm.isValid(q.afm().strip())) {
        throw new InvalidInputException("buyer.afm", "quotes.buyer.afm.invalid");
      }
    }
    if (invoiced) {
      required(q.doy(), "buyer.doy", QuoteRequest.DOY_MAX);
      required(q.address(), "buyer.address", QuoteRequest.ADDRESS_MAX);
    }
    optional(q.doy(), "buyer.doy", QuoteRequest.DOY_MAX);
    optional(q.address(), "buyer.address", QuoteRequest.ADDRESS_MAX);
    optional(q.buyerReference(), "buyer.reference", QuoteRequest.REFERENCE_MAX);
  }

  static void draft(QuoteDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    if (draft.lines() == null || draft.lines().isEmpty()) {
      throw new InvalidInputException("lines", "quotes.lines.empty");
    }
    if (draft.lines().size() > Quote.LINES_MAX) {
      throw new InvalidInputException("lines", "quotes.lines.too_many", Quote.LINES_MAX);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < draft.lines().size(); i++) {
      QuoteDraft.Line line = draft.lines().get(i);
      String at = "lines[" + i + "].";
      if (line == null) {
        throw new InvalidInputException(at + "description", "quotes.line.description.required");
      }
      required(line.description(), at + "description", QuoteLine.DESCRIPTION_MAX);
      if (line.quantity() == null
          || line.quantity().signum() <= 0
          || line.quantity().stripTrailingZeros().scale() > 3
          || line.quantity().compareTo(QUANTITY_MAX) > 0) {
        throw new InvalidInputException(at + "quantity", "quotes.line.quantity.invalid");
      }
      optional(line.unit(), at + "unit", QuoteLine.UNIT_MAX);
      if (line.unitPrice() == null
          || line.unitPrice().signum() <= 0
          || line.unitPrice().stripTrailingZeros().scale() > 2
          || line.unitPrice().compareTo(PRICE_MAX) > 0) {
        throw new InvalidInputException(at + "unitPrice", "quotes.line.price.invalid");
      }
      if (line.vatRate() == null || !ValidVatRate.RATES.contains(line.vatRate())) {
        throw new InvalidInputException(at + "vatRate", "quotes.line.vat.invalid");
      }
      BigDecimal lineTotal =
          line.unitPrice().multiply(line.quantity()).setScale(2, RoundingMode.HALF_UP);
      if (lineTotal.signum() <= 0) {
        throw new InvalidInputException(at + "quantity", "quotes.line.total.too_small");
      }
      total = total.add(lineTotal);
    }
    if (total.compareTo(TOTAL_MAX) > 0) {
      throw new InvalidInputException("lines", "quotes.total.too_large", TOTAL_MAX);
    }
    LocalDate today = LocalDate.now(QuoteDesk.ATHENS);
    if (draft.validUntil() == null
        || draft.validUntil().isBefore(today)
        || draft.validUntil().isAfter(today.plusYears(1))) {
      throw new InvalidInputException("validUntil", "quotes.valid_until.invalid");
    }
    optional(draft.note(), "note", Quote.NOTE_MAX);
  }

  private static void required(String value, String field, int max) {
    if (!present(value)) {
      throw new InvalidInputException(field, "quotes.field.required");
    }
    optional(value, field, max);
  }

  private static void optional(String value, String field, int max) {
    if (value != null && value.strip().length() > max) {
      throw new InvalidInputException(field, "quotes.field.size", max);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
