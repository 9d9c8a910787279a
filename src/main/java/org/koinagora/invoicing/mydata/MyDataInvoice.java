package org.koinagora.invoicing.mydata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales document as AADE's myDATA takes it (SendInvoices, one {@code invoice} of an {@code
 * InvoicesDoc}): who issues it, its series and number, its type (11.1 retail receipt, 1.1 sales
 * invoice, 2.1 invoice for services), the buyer of an invoice, how it was paid, and its lines with
 * net value and VAT. Amounts in euros with two decimals.
 */
public record MyDataInvoice(
    String issuerAfm,
    String series,
    long number,
    LocalDate issueDate,
    String invoiceType,
    Counterpart counterpart,
    int paymentMethod,
    List<Line> lines) {

  /** The buyer of an invoice (null for a retail receipt): ΑΦΜ, and name and address for myDATA. */
  public record Counterpart(String afm, String name, String street, String postcode, String city) {}

  /**
   * A line: its net value, VAT rate in percent and VAT amount; {@code exemptionCategory} is
   * myDATA's vatExemptionCategory when the rate is 0 (null otherwise); {@code service}: classified
   * as a service rather than goods.
   */
  public record Line(
      int number,
      BigDecimal netValue,
      int vatRate,
      BigDecimal vatAmount,
      Integer exemptionCategory,
      boolean service) {}

  /** myDATA's payment method codes used here. */
  public static final int PAYMENT_BANK_ACCOUNT = 1;

  public static final int PAYMENT_CASH = 3;
  public static final int PAYMENT_CARD = 7;
  public static final int PAYMENT_ON_CREDIT = 5;
}
