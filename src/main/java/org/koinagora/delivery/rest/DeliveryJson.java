package org.koinagora.delivery.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.koinagora.delivery.DeliveryDraft;
import org.koinagora.delivery.DeliveryRate;
import org.koinagora.delivery.DeliveryTerms;
import org.koinagora.delivery.DeliveryZone;
import org.koinagora.delivery.TypedAmounts;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;

/**
 * Delivery terms in the API: {@code {"freeAbove":"40.00"|null,"minimumOrder":"15.00"|null,
 * "rates":[{"zone":"MAINLAND","upToGrams":2000|null,"amount":"4.50"}]}}; no rates: it does not
 * deliver.
 */
public record DeliveryJson(String freeAbove, String minimumOrder, List<Rate> rates) {

  public record Rate(String zone, Integer upToGrams, String amount) {}

  public static DeliveryJson of(DeliveryTerms terms) {
    return new DeliveryJson(
        text(terms.getFreeAbove()),
        text(terms.getMinimumOrder()),
        terms.getRates().stream()
            .map(
                rate ->
                    new Rate(rate.getZone().name(), rate.getUpToGrams(), text(rate.getAmount())))
            .toList());
  }

  DeliveryDraft draft() {
    List<DeliveryRate> read = new ArrayList<>();
    List<Rate> given = rates == null ? List.of() : rates;
    for (int i = 0; i < given.size(); i++) {
      Rate rate = given.get(i);
      String field = "rates[" + i + "]";
      if (rate == null) {
        throw new InvalidInputException(field + ".zone", "delivery.zone.required");
      }
      Money amount = TypedAmounts.read(rate.amount(), Locale.ROOT, field + ".amount");
      if (amount == null) {
        throw new InvalidInputException(field + ".amount", "delivery.amount.invalid");
      }
      read.add(new DeliveryRate(zone(rate.zone(), field + ".zone"), rate.upToGrams(), amount));
    }
    return new DeliveryDraft(
        TypedAmounts.read(freeAbove, Locale.ROOT, "freeAbove"),
        TypedAmounts.read(minimumOrder, Locale.ROOT, "minimumOrder"),
        read);
  }

  private static DeliveryZone zone(String name, String field) {
    try {
      return DeliveryZone.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "delivery.zone.required");
    }
  }

  private static String text(Money money) {
    return money == null ? null : money.getAmount();
  }
}
