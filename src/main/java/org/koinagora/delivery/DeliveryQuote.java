package org.koinagora.delivery;

import org.koinagora.shared.Money;

/** What a delivery costs and to which zone it goes, or why the enterprise cannot send it. */
public record DeliveryQuote(DeliveryZone zone, Money amount, Refusal refusal) {

  /** Why a parcel cannot be sent; each has a message {@code delivery.refused.<name>}. */
  public enum Refusal {
    NOT_OFFERED,
    ZONE_NOT_SERVED,
    TOO_HEAVY;

    public String messageKey() {
      return "delivery.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static DeliveryQuote charged(DeliveryZone zone, Money amount) {
    return new DeliveryQuote(zone, amount, null);
  }

  static DeliveryQuote refused(Refusal refusal) {
    return new DeliveryQuote(null, null, refusal);
  }

  /** Sent for nothing: no terms, or free delivery above an amount. */
  public static DeliveryQuote free() {
    return new DeliveryQuote(null, Money.ZERO, null);
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
