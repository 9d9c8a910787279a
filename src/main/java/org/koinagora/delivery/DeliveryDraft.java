package org.koinagora.delivery;

import java.util.List;
import org.koinagora.shared.Money;

/** Delivery terms as an enterprise sets them, checked by {@link DeliveryService#set}. */
public record DeliveryDraft(Money freeAbove, Money minimumOrder, List<DeliveryRate> rates) {

  public static final int MAX_BANDS_PER_ZONE = 10;
  public static final int MAX_GRAMS = 100_000;
  public static final Money MAX_AMOUNT = Money.euros("9999.99");

  public DeliveryDraft {
    rates = rates == null ? List.of() : List.copyOf(rates);
  }
}
