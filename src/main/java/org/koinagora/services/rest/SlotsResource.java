package org.koinagora.services.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Listing;
import org.koinagora.services.SlotStart;
import org.koinagora.services.SlotView;
import org.koinagora.services.Slots;
import org.koinagora.shared.NotFoundException;

/** The free slots of a slot service: {@code GET /api/v1/products/{id}/slots?from=&to=}. */
@Path("products/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

  /** A slot: {@code id} null until someone booked it; times in Europe/Athens with the offset. */
  @JsonbNillable
  public record SlotJson(Long id, String start, String end, int capacity, int available) {
    static SlotJson of(SlotView slot) {
      return new SlotJson(
          slot.id(),
          SlotStart.format(slot.time().start()),
          SlotStart.format(slot.time().end()),
          slot.capacity(),
          slot.available());
    }
  }

  @Inject private Catalog catalog;
  @Inject private Slots slots;

  /**
   * Ascending; {@code from} and {@code to} are a date (its day in Athens) or an instant with its
   * offset, by default now and the horizon.
   */
  @GET
  public List<SlotJson> free(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    Listing listing = catalog.publicListing(id).orElseThrow(NotFoundException::new);
    Instant now = Instant.now();
    return slots.offered(listing, Range.start(from, "from", now), Range.end(to, "to"), now).stream()
        .map(SlotJson::of)
        .toList();
  }
}
