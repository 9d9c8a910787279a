package org.koinagora.services;

import java.util.List;

/** A slot service's availability as the enterprise sets it, before it is checked and stored. */
public record AvailabilityDraft(
    int durationMinutes,
    int capacity,
    PricePer pricePer,
    int noticeHours,
    int horizonWeeks,
    List<OpeningRule> rules,
    List<DatedException> exceptions) {

  /** What a new slot service starts from: one hour, one place, Monday to Friday 10:00–14:00. */
  public static AvailabilityDraft starting() {
    return new AvailabilityDraft(
        60,
        1,
        PricePer.PERSON,
        Availability.DEFAULT_NOTICE_HOURS,
        Availability.DEFAULT_HORIZON_WEEKS,
        List.of(),
        List.of());
  }
}
