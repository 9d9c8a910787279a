package org.koinagora.checkout;

/** How a buyer gets an enterprise's part of an order. */
public enum Fulfilment {
  DELIVERY,
  PICKUP_AT_ENTERPRISE,
  PICKUP_AT_FAIR,
  /** A service booked for a time: nothing to hand over. */
  SERVICE
}
