package org.koinagora.checkout;

/** PENDING_PAYMENT → PAID → FULFILLED; or CANCELLED (also when unpaid too long), REFUNDED. */
public enum OrderStatus {
  PENDING_PAYMENT,
  PAID,
  FULFILLED,
  CANCELLED,
  REFUNDED
}
