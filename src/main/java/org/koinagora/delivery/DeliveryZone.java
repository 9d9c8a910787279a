package org.koinagora.delivery;

/**
 * Where a delivery goes, as an enterprise prices it: its own region first (when it gives a rate for
 * it), then the islands, then the rest of the mainland.
 */
public enum DeliveryZone {
  OWN_REGION,
  MAINLAND,
  ISLANDS
}
