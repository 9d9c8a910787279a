package org.koinagora.checkout;

/**
 * MANUAL (bank transfer or pay on pickup, confirmed by the seller) always works; STRIPE when keys
 * are configured.
 */
public enum PaymentMethod {
  MANUAL,
  STRIPE
}
