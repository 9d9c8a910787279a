package org.koinagora.invoicing;

/**
 * How an enterprise charges VAT: normally, or exempt under the small-business regime or the
 * farmers' special regime, whose legal note its documents print for 0 % lines.
 */
public enum VatRegime {
  NORMAL,
  SMALL_BUSINESS,
  FARMERS
}
