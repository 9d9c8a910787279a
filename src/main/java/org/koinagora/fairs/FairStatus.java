package org.koinagora.fairs;

/** A fair is prepared as a DRAFT, PUBLISHED for bookings, then CLOSED or CANCELLED. */
public enum FairStatus {
  DRAFT,
  PUBLISHED,
  CLOSED,
  CANCELLED
}
