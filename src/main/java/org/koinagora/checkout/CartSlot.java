package org.koinagora.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** Places chosen in a service's slot, not yet held: held only when the order is placed. */
@Embeddable
public class CartSlot implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "listing_id", nullable = false)
  private long listingId;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "quantity", nullable = false)
  private int places;

  protected CartSlot() {}

  CartSlot(long listingId, Instant start, int places) {
    this.listingId = listingId;
    this.start = start;
    this.places = places;
  }

  boolean is(long listing, Instant at) {
    return listingId == listing && start.equals(at);
  }

  public long getListingId() {
    return listingId;
  }

  public Instant getStart() {
    return start;
  }

  public int getPlaces() {
    return places;
  }
}
