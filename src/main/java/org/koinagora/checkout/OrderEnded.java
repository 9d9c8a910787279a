package org.koinagora.checkout;

/**
 * An order ended without being fulfilled (cancelled, or unpaid past its time), fired inside the
 * transaction that ended it, so what other features hang on the order can follow.
 */
public record OrderEnded(long orderId) {}
