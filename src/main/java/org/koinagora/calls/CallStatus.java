package org.koinagora.calls;

/** Where a call stands; CLOSED is an OPEN call past its offer deadline (computed, never stored). */
public enum CallStatus {
  DRAFT,
  OPEN,
  CLOSED,
  AWARDED,
  CANCELLED
}
