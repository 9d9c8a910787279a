package org.koinagora.checkout;

import java.math.BigDecimal;
import org.koinagora.catalog.Listing;

/**
 * A cart entry priced now, from the listing: the price in the cart is never stored or trusted.
 * {@code available} is how many can still be bought (null: no limit).
 */
public record CartLine(Listing listing, int quantity, Integer available, boolean buyable) {

  public BigDecimal total() {
    return listing.getPrice().decimal().multiply(BigDecimal.valueOf(quantity));
  }

  /** More in the cart than the stock holds. */
  public boolean isTooMany() {
    return available != null && quantity > available;
  }

  public boolean isOk() {
    return buyable && !isTooMany();
  }
}
