package org.koinagora.services;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When a slot service can be booked: slots of a duration stepped through weekly opening rules and
 * dated exceptions, each for a capacity of people or jobs, bookable from the notice period ahead up
 * to the horizon.
 */
@Entity
@Table(name = "service_availability")
public class Availability {

  public static final int DEFAULT_NOTICE_HOURS = 24;
  public static final int DEFAULT_HORIZON_WEEKS = 8;
  public static final int MIN_DURATION = 15;
  public static final int MAX_DURATION = 720;
  public static final int MAX_CAPACITY = 500;
  public static final int MAX_NOTICE_HOURS = 720;
  public static final int MAX_HORIZON_WEEKS = 52;
  public static final int MAX_RULES = 50;
  public static final int MAX_EXCEPTIONS = 200;

  @Id
  @Column(name = "listing_id")
  private Long listingId;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_per", nullable = false, length = 8)
  private PricePer pricePer;

  @Column(name = "notice_hours", nullable = false)
  private int noticeHours;

  @Column(name = "horizon_weeks", nullable = false)
  private int horizonWeeks;

  @Version private int version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "availability_rule", joinColumns = @JoinColumn(name = "listing_id"))
  @OrderBy("weekday, opens")
  private List<OpeningRule> rules = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "availability_exception", joinColumns = @JoinColumn(name = "listing_id"))
  @OrderBy("date, opens")
  private List<DatedException> exceptions = new ArrayList<>();

  protected Availability() {}

  Availability(long listingId) {
    this.listingId = listingId;
  }

  /** Replaces everything with what the enterprise set (already validated). */
  void set(AvailabilityDraft draft) {
    durationMinutes = draft.durationMinutes();
    capacity = draft.capacity();
    pricePer = draft.pricePer();
    noticeHours = draft.noticeHours();
    horizonWeeks = draft.horizonWeeks();
    rules.clear();
    rules.addAll(draft.rules());
    exceptions.clear();
    exceptions.addAll(draft.exceptions());
  }

  public AvailabilityDraft draft() {
    return new AvailabilityDraft(
        durationMinutes,
        capacity,
        pricePer,
        noticeHours,
        horizonWeeks,
        List.copyOf(rules),
        List.copyOf(exceptions));
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public Duration notice() {
    return Duration.ofHours(noticeHours);
  }

  public Duration horizon() {
    return Duration.ofDays(7L * horizonWeeks);
  }

  public Long getListingId() {
    return listingId;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public int getCapacity() {
    return capacity;
  }

  public PricePer getPricePer() {
    return pricePer;
  }

  public int getNoticeHours() {
    return noticeHours;
  }

  public int getHorizonWeeks() {
    return horizonWeeks;
  }

  public List<OpeningRule> getRules() {
    return rules;
  }

  public List<DatedException> getExceptions() {
    return exceptions;
  }
}
