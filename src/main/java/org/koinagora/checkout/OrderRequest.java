package org.koinagora.checkout;

import java.util.List;
import java.util.Map;

/**
 * An order as the buyer asks for it: listings and quantities (prices are never taken from here),
 * who it is for, how each enterprise's part reaches them, how they pay, and the document they want
 * (a receipt when {@code document} is null). {@code fulfilments} chooses per enterprise;
 * enterprises it does not name take {@code fulfilment}.
 */
public record OrderRequest(
    List<Item> lines,
    Contact contact,
    Choice fulfilment,
    Map<Long, Choice> fulfilments,
    Address address,
    PaymentMethod payment,
    ManualKind manualKind,
    String language,
    DocumentChoice document) {

  /**
   * A listing and how many; for a slot service, the slot's start (ISO-8601 with its offset) and how
   * many people or jobs.
   */
  public record Item(Long listingId, Integer quantity, SlotChoice slot) {}

  /** A slot of a service, by its start as {@code /slots} gives it. */
  public record SlotChoice(String start) {}

  /** How one enterprise's part is handed over; {@code fairId} for PICKUP_AT_FAIR. */
  public record Choice(Fulfilment method, Long fairId) {}
}
