package org.koinagora.catalog;

/** What is sold: a product that ships or is picked up, or a service that is booked. */
public enum ListingKind {
  PRODUCT,
  SERVICE
}
