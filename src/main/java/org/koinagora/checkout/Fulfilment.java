package org.koinagora.checkout;

/** How a buyer gets an enterprise's part of an order. */
public enum Fulfilment {
  DELIVERY,
  PICKUP_AT_ENTERPRISE,
  PICKUP_AT_FAIR,
  /** A service: a booked time, or one done as agreed (an accepted quote); nothing to send. */
  SERVICE
}
