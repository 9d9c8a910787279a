package org.koinagora.checkout;

import java.util.EnumSet;
import java.util.Set;

/**
 * One enterprise's part: AWAITING_PAYMENT → PAID → SHIPPED (delivery) or READY (pickup) →
 * PICKED_UP; or CANCELLED, REFUNDED.
 */
public enum PartStatus {
  AWAITING_PAYMENT,
  PAID,
  SHIPPED,
  READY,
  PICKED_UP,
  CANCELLED,
  REFUNDED;

  /** The goods have left the seller: the buyer can no longer cancel by themselves. */
  public static final Set<PartStatus> HANDED_OVER = EnumSet.of(SHIPPED, PICKED_UP);
}
