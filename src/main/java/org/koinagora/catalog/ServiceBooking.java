package org.koinagora.catalog;

/**
 * How a SERVICE listing is bought: not online (agreed with the enterprise), by booking a time slot,
 * or by asking for a quote. Products are always NONE.
 */
public enum ServiceBooking {
  NONE,
  SLOTS,
  QUOTE
}
