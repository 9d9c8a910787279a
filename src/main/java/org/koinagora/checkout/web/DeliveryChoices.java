package org.koinagora.checkout.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.OrderRequest;
import org.koinagora.shared.InvalidInputException;

/** How each enterprise's part reaches the buyer, as the checkout form's radios and menus say. */
public class DeliveryChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<Long, String> fulfilments = new HashMap<>();
  private final Map<Long, String> fairs = new HashMap<>();

  /** Pickup at the enterprise until the buyer chooses otherwise. */
  void offer(List<Long> sellerIds) {
    sellerIds.forEach(id -> fulfilments.putIfAbsent(id, Fulfilment.PICKUP_AT_ENTERPRISE.name()));
  }

  Map<Long, OrderRequest.Choice> choices(List<Long> sellerIds) {
    Map<Long, OrderRequest.Choice> choices = new HashMap<>();
    for (long id : sellerIds) {
      Fulfilment how = fulfilment(fulfilments.get(id));
      String fair = fairs.get(id);
      choices.put(
          id,
          new OrderRequest.Choice(
              how,
              how == Fulfilment.PICKUP_AT_FAIR && fair != null && fair.matches("\\d{1,18}")
                  ? Long.valueOf(fair)
                  : null));
    }
    return choices;
  }

  static boolean delivers(Map<Long, OrderRequest.Choice> choices) {
    return choices.values().stream().anyMatch(choice -> choice.method() == Fulfilment.DELIVERY);
  }

  private static Fulfilment fulfilment(String chosen) {
    try {
      return chosen == null || chosen.isBlank()
          ? Fulfilment.PICKUP_AT_ENTERPRISE
          : Fulfilment.valueOf(chosen);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("fulfilment", "order.step.unknown", chosen);
    }
  }

  public Map<Long, String> getFulfilments() {
    return fulfilments;
  }

  public Map<Long, String> getFairs() {
    return fairs;
  }
}
