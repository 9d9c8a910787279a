package org.koinagora.checkout;

import java.math.BigDecimal;
import org.koinagora.catalog.Listing;
import org.koinagora.services.SlotStart;
import org.koinagora.services.SlotTime;

/**
 * A cart entry priced now, from the listing: the price in the cart is never stored or trusted.
 * {@code available} is how many can still be bought (null: no limit); {@code slot} the time of a
 * booked service (null for a product), whose places left are {@code available}.
 */
public record CartLine(
    Listing listing, int quantity, Integer available, boolean buyable, SlotTime slot) {

  public CartLine(Listing listing, int quantity, Integer available, boolean buyable) {
    this(listing, quantity, available, buyable, null);
  }

  /** The slot's start as forms and the API carry it; null for a product. */
  public String getSlotStart() {
    return slot == null ? null : SlotStart.format(slot.start());
  }

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
