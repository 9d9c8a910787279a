package org.koinagora.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ServiceBooking;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.events.PublicContentChanged;

/** An enterprise makes a service bookable by time slot, sets when, and stops it. */
@ApplicationScoped
public class AvailabilityService {

  @PersistenceContext private EntityManager em;
  @Inject private ListingService listings;
  @Inject private EnterpriseAccess access;
  @Inject private Event<PublicContentChanged> changes;

  /**
   * The availability of a listing the user acts for (404/403 otherwise); empty before it is set.
   */
  public Optional<Availability> of(SignedInUser user, long listingId) {
    Listing listing = listings.owned(user, listingId);
    return Optional.ofNullable(em.find(Availability.class, listing.getId()));
  }

  /**
   * Sets the availability and makes the service bookable by slot. Places already booked stay
   * booked: a slot stored earlier keeps at least what it holds.
   */
  @Transactional
  public Availability set(SignedInUser user, long listingId, AvailabilityDraft draft) {
    Listing listing = listings.owned(user, listingId);
    if (listing.getKind() != ListingKind.SERVICE) {
      throw new InvalidInputException("kind", "availability.only_services");
    }
    check(draft);
    Availability availability = em.find(Availability.class, listing.getId());
    if (availability == null) {
      availability = new Availability(listing.getId());
      availability.set(draft);
      em.persist(availability);
    } else {
      availability.set(draft);
    }
    listing.bookBy(ServiceBooking.SLOTS);
    em.createNativeQuery(
            "UPDATE service_slot SET capacity = GREATEST(?, taken), version = version + 1 WHERE"
                + " listing_id = ? AND starts_at > ?")
        .setParameter(1, draft.capacity())
        .setParameter(2, listing.getId())
        .setParameter(3, Instant.now())
        .executeUpdate();
    access.record(
        access.on(user, listing.getEnterprise()), "listing.availability_set", "#" + listingId);
    changes.fire(PublicContentChanged.listing(listing.getEnterprise().getId(), listing.getId()));
    return availability;
  }

  /** The service is no longer booked by slot (bookings made stay); its availability is kept. */
  @Transactional
  public void stop(SignedInUser user, long listingId) {
    Listing listing = listings.owned(user, listingId);
    if (listing.getServiceBooking() == ServiceBooking.SLOTS) {
      listing.bookBy(ServiceBooking.NONE);
      access.record(
          access.on(user, listing.getEnterprise()),
          "listing.availability_stopped",
          "#" + listingId);
      changes.fire(PublicContentChanged.listing(listing.getEnterprise().getId(), listing.getId()));
    }
  }

  /** Each value within its bounds, each window long enough for one slot; the field named. */
  static void check(AvailabilityDraft draft) {
    between(
        "durationMinutes",
        draft.durationMinutes(),
        Availability.MIN_DURATION,
        Availability.MAX_DURATION);
    between("capacity", draft.capacity(), 1, Availability.MAX_CAPACITY);
    if (draft.pricePer() == null) {
      throw new InvalidInputException("pricePer", "availability.price_per.required");
    }
    between("noticeHours", draft.noticeHours(), 0, Availability.MAX_NOTICE_HOURS);
    between("horizonWeeks", draft.horizonWeeks(), 1, Availability.MAX_HORIZON_WEEKS);
    if (draft.rules().size() > Availability.MAX_RULES) {
      throw new InvalidInputException("rules", "availability.too_many", Availability.MAX_RULES);
    }
    if (draft.exceptions().size() > Availability.MAX_EXCEPTIONS) {
      throw new InvalidInputException(
          "exceptions", "availability.too_many", Availability.MAX_EXCEPTIONS);
    }
    for (int i = 0; i < draft.rules().size(); i++) {
      OpeningRule rule = draft.rules().get(i);
      between("rules[" + i + "].weekday", rule.getWeekday(), 1, 7);
      window("rules[" + i + "].to", rule.getOpens(), rule.getCloses(), draft.durationMinutes());
    }
    for (int i = 0; i < draft.exceptions().size(); i++) {
      DatedException exception = draft.exceptions().get(i);
      if (!exception.isClosed()) {
        window(
            "exceptions[" + i + "].to",
            exception.getOpens(),
            exception.getCloses(),
            draft.durationMinutes());
      }
    }
  }

  private static void between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, "availability.between", min, max);
    }
  }

  private static void window(String field, LocalTime opens, LocalTime closes, int minutes) {
    if (opens == null
        || closes == null
        || !closes.isAfter(opens)
        || Duration.between(opens, closes).toMinutes() < minutes) {
      throw new InvalidInputException(field, "availability.window", minutes);
    }
  }
}
