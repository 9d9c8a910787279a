package org.koinagora.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.koinagora.catalog.Listing;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;

/**
 * The slots of slot services: computed from the availability, stored when first booked, and held
 * with a guarded update of the slot's taken count, so no interleaving of bookings ever takes more
 * places than the slot has (the CHECK on the column is the last word).
 */
@ApplicationScoped
public class Slots {

  @PersistenceContext private EntityManager em;
  @Inject private SlotRows rows;

  public Optional<Availability> availability(Listing listing) {
    return listing.isBookedBySlot()
        ? Optional.ofNullable(em.find(Availability.class, listing.getId()))
        : Optional.empty();
  }

  /**
   * The slots a buyer may book between two instants: no sooner than the notice period, no later
   * than the horizon, each with the places left.
   */
  public List<SlotView> offered(Listing listing, Instant from, Instant to, Instant now) {
    Optional<Availability> found = availability(listing);
    if (found.isEmpty()) {
      return List.of();
    }
    Availability availability = found.get();
    Instant earliest = later(from, now.plus(availability.notice()));
    Instant latest = earlier(to, now.plus(availability.horizon()));
    if (!earliest.isBefore(latest)) {
      return List.of();
    }
    Map<Instant, ServiceSlot> stored =
        em.createNamedQuery("ServiceSlot.findBetween", ServiceSlot.class)
            .setParameter("listing", listing.getId())
            .setParameter("from", earliest)
            .setParameter("to", latest)
            .getResultStream()
            .collect(Collectors.toMap(ServiceSlot::getStartsAt, Function.identity()));
    return SlotCalendar.between(availability.draft(), earliest, latest).stream()
        .map(
            time -> {
              ServiceSlot slot = stored.get(time.start());
              return slot == null
                  ? new SlotView(null, time, availability.getCapacity(), availability.getCapacity())
                  : new SlotView(slot.getId(), time, slot.getCapacity(), slot.available());
            })
        .toList();
  }

  /** The first session with a place left, looking a week at a time up to the horizon. */
  public Optional<SlotView> next(Listing listing, Instant now) {
    Optional<Availability> found = availability(listing);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instant end = now.plus(found.get().horizon()).plus(found.get().notice());
    for (Instant from = now; from.isBefore(end); from = from.plus(java.time.Duration.ofDays(7))) {
      Optional<SlotView> free =
          offered(listing, from, from.plus(java.time.Duration.ofDays(7)), now).stream()
              .filter(slot -> !slot.isFull())
              .findFirst();
      if (free.isPresent()) {
        return free;
      }
    }
    return Optional.empty();
  }

  /**
   * Stores the slot's row, if the availability offers that start now and the row is missing (a
   * booked slot's is only read), before the order that books it begins (see {@link SlotRows}); says
   * nothing about a start it does not offer, which {@link #hold} then refuses.
   */
  public void prepare(Listing listing, Instant start, Instant now) {
    availability(listing)
        .ifPresent(
            availability ->
                offered(availability, start, now)
                    .filter(time -> !rows.exists(listing.getId(), time.start()))
                    .ifPresent(
                        time -> rows.ensure(listing.getId(), time, availability.getCapacity())));
  }

  private static Optional<SlotTime> offered(Availability availability, Instant start, Instant now) {
    if (start.isBefore(now.plus(availability.notice()))
        || start.isAfter(now.plus(availability.horizon()))) {
      return Optional.empty();
    }
    return calendarSlot(availability, start);
  }

  /** The session the weekly rules and exceptions give at that start, if any. */
  private static Optional<SlotTime> calendarSlot(Availability availability, Instant start) {
    return SlotCalendar.between(availability.draft(), start, start.plusNanos(1)).stream()
        .filter(slot -> slot.start().equals(start))
        .findFirst();
  }

  /**
   * Holds places in a slot for an order line, in the caller's transaction: 400 naming {@code field}
   * for a start the availability does not offer now, 409 when the slot has fewer places left.
   */
  public ServiceSlot hold(Listing listing, String field, Instant start, int places, Instant now) {
    Availability availability =
        availability(listing)
            .orElseThrow(() -> new InvalidInputException(field, "slot.not_bookable"));
    if (start == null) {
      throw new InvalidInputException(field, "slot.unknown");
    }
    if (start.isBefore(now)) {
      throw new InvalidInputException(field, "slot.past");
    }
    if (start.isBefore(now.plus(availability.notice()))) {
      throw new InvalidInputException(field, "slot.notice", availability.getNoticeHours());
    }
    if (start.isAfter(now.plus(availability.horizon()))) {
      throw new InvalidInputException(field, "slot.beyond_horizon");
    }
    SlotTime time =
        calendarSlot(availability, start)
            .orElseThrow(() -> new InvalidInputException(field, "slot.unknown"));
    // the row was committed by prepare(), maybe after this transaction's snapshot: the update and
    // the locking reads see it, a plain read might not
    int changed =
        em.createNativeQuery(
                "UPDATE service_slot SET taken = taken + ?, version = version + 1 WHERE listing_id"
                    + " = ? AND starts_at = ? AND taken + ? <= capacity")
            .setParameter(1, places)
            .setParameter(2, listing.getId())
            .setParameter(3, start)
            .setParameter(4, places)
            .executeUpdate();
    List<?> found =
        em.createNativeQuery(
                "SELECT id FROM service_slot WHERE listing_id = ? AND starts_at = ? FOR UPDATE")
            .setParameter(1, listing.getId())
            .setParameter(2, start)
            .getResultList();
    if (found.isEmpty()) {
      // not prepared (a caller that placed the order itself): stored now, in this transaction
      if (places > availability.getCapacity()) {
        throw new ConflictException(field, "slot.full");
      }
      em.createNativeQuery(
              "INSERT INTO service_slot (listing_id, starts_at, ends_at, capacity, taken) VALUES"
                  + " (?, ?, ?, ?, ?)")
          .setParameter(1, listing.getId())
          .setParameter(2, time.start())
          .setParameter(3, time.end())
          .setParameter(4, availability.getCapacity())
          .setParameter(5, places)
          .executeUpdate();
      return hold(listing, field, start, 0, now);
    }
    if (changed == 0) {
      throw new ConflictException(field, "slot.full");
    }
    return em.find(
        ServiceSlot.class, ((Number) found.get(0)).longValue(), LockModeType.PESSIMISTIC_WRITE);
  }

  /** Places given back when the order holding them ends. Runs in the caller's transaction. */
  public void giveBack(long slotId, int places) {
    em.createNativeQuery(
            "UPDATE service_slot SET taken = taken - ?, version = version + 1 WHERE id = ? AND"
                + " taken >= ?")
        .setParameter(1, places)
        .setParameter(2, slotId)
        .setParameter(3, places)
        .executeUpdate();
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || a.isBefore(b) ? b : a;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || a.isAfter(b) ? b : a;
  }
}
