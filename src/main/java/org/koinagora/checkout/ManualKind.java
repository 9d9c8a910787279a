package org.koinagora.checkout;

/** The two ways of paying without a card. */
public enum ManualKind {
  BANK_TRANSFER,
  ON_PICKUP
}
