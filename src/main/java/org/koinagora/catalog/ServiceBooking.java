package org.koinagora.catalog;

/** How a service is bought: agreed with the enterprise, a time slot booked, or a quote asked. */
public enum ServiceBooking {
  NONE,
  SLOTS,
  QUOTE
}
