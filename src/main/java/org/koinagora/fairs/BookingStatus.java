package org.koinagora.fairs;

import java.util.EnumSet;
import java.util.Set;

/**
 * PENDING_APPROVAL (APPLICATION mode) → AWAITING_PAYMENT → CONFIRMED; or REJECTED, CANCELLED,
 * EXPIRED (an unpaid hold ran out), REFUNDED. Only AWAITING_PAYMENT and CONFIRMED hold the stand.
 */
public enum BookingStatus {
  PENDING_APPROVAL,
  AWAITING_PAYMENT,
  CONFIRMED,
  REJECTED,
  CANCELLED,
  EXPIRED,
  REFUNDED;

  /** The states that hold a stand (the database's unique key uses the same list). */
  public static final Set<BookingStatus> HOLDING = EnumSet.of(AWAITING_PAYMENT, CONFIRMED);

  /** The states that count towards the fair's limit per enterprise. */
  public static final Set<BookingStatus> COUNTED =
      EnumSet.of(PENDING_APPROVAL, AWAITING_PAYMENT, CONFIRMED);
}
