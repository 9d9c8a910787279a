package org.koinagora.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.koinagora.catalog.Catalog;
import org.koinagora.services.Slots;
import org.koinagora.shared.web.Formats;

/** In lists of listings: when a slot service can next be booked ("Σάβ 19 Δεκ, 10:00"). */
@Named
@RequestScoped
public class NextSlots {

  @Inject private Catalog catalog;
  @Inject private Slots slots;
  @Inject private Formats formats;

  private final Map<Long, Optional<String>> known = new HashMap<>();

  /** The next free session of the listing, written out; null when it is not booked by time. */
  public String of(long listingId) {
    return known.computeIfAbsent(listingId, this::find).orElse(null);
  }

  private Optional<String> find(long listingId) {
    return catalog
        .publicListing(listingId)
        .filter(listing -> listing.isBookedBySlot())
        .flatMap(listing -> slots.next(listing, Instant.now()))
        .map(slot -> formats.date(slot.time().start()));
  }
}
