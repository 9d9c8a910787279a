package org.koinagora.invoicing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.koinagora.checkout.OrderLine;
import org.koinagora.shared.Money;

/**
 * A document's amounts from the part's lines (prices include VAT): net, VAT and gross, and VAT per
 * rate.
 */
record DocumentTotals(Money net, Money vat, Money gross, Map<Integer, Money[]> byRate) {

  static DocumentTotals of(List<OrderLine> lines) {
    Money vat = Money.ZERO;
    Money gross = Money.ZERO;
    Map<Integer, Money[]> byRate = new TreeMap<>();
    for (OrderLine line : lines) {
      Money lineVat = line.vat();
      Money lineGross = line.total();
      vat = vat.plus(lineVat);
      gross = gross.plus(lineGross);
      Money[] sums =
          byRate.computeIfAbsent(line.getVatRate(), rate -> new Money[] {Money.ZERO, Money.ZERO});
      sums[0] = sums[0].plus(lineGross.minus(lineVat));
      sums[1] = sums[1].plus(lineVat);
    }
    return new DocumentTotals(gross.minus(vat), vat, gross, byRate);
  }
}
