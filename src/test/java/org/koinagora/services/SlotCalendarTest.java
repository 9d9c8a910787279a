package org.koinagora.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalendarTest {

  private static AvailabilityDraft hourly(
      List<OpeningRule> rules, List<DatedException> exceptions) {
    return new AvailabilityDraft(60, 4, PricePer.PERSON, 24, 8, rules, exceptions);
  }

  private static OpeningRule rule(int weekday, String from, String to) {
    return new OpeningRule(weekday, LocalTime.parse(from), LocalTime.parse(to));
  }

  private static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  @Test
  void aWindowIsSteppedByTheDurationAndTheLastSessionEndsInsideIt() {
    // Monday 14 December 2026, 10:00–12:30: sessions at 10 and 11 only
    var slots =
        SlotCalendar.between(
            hourly(List.of(rule(1, "10:00", "12:30")), List.of()),
            at("2026-12-14T00:00+02:00"),
            at("2026-12-15T00:00+02:00"));

    assertEquals(
        List.of("2026-12-14T10:00:00+02:00", "2026-12-14T11:00:00+02:00"),
        slots.stream().map(slot -> SlotStart.format(slot.start())).toList());
    assertEquals(at("2026-12-14T12:00+02:00"), slots.get(1).end());
  }

  @Test
  void aClosedDayHasNoSessionsAndExtraHoursAddSome() {
    var slots =
        SlotCalendar.between(
            hourly(
                List.of(rule(1, "10:00", "12:00"), rule(2, "10:00", "12:00")),
                List.of(
                    DatedException.closed(LocalDate.parse("2026-12-14")),
                    DatedException.extra(
                        LocalDate.parse("2026-12-15"),
                        LocalTime.parse("17:00"),
                        LocalTime.parse("18:00")))),
            at("2026-12-14T00:00+02:00"),
            at("2026-12-16T00:00+02:00"));

    assertEquals(
        List.of(
            "2026-12-15T10:00:00+02:00", "2026-12-15T11:00:00+02:00", "2026-12-15T17:00:00+02:00"),
        slots.stream().map(slot -> SlotStart.format(slot.start())).toList());
  }

  @Test
  void summerTimeMovesTheOffsetNotTheLocalHour() {
    // Sunday 28 March 2027 Greece moves to +03:00; the Monday after keeps its 10:00
    var slots =
        SlotCalendar.between(
            hourly(List.of(rule(1, "10:00", "11:00")), List.of()),
            at("2027-03-22T00:00+02:00"),
            at("2027-03-30T00:00+03:00"));

    assertEquals(
        List.of("2027-03-22T10:00:00+02:00", "2027-03-29T10:00:00+03:00"),
        slots.stream().map(slot -> SlotStart.format(slot.start())).toList());
  }

  @Test
  void overlappingRulesGiveEachStartOnce() {
    var slots =
        SlotCalendar.between(
            hourly(List.of(rule(1, "10:00", "12:00"), rule(1, "11:00", "13:00")), List.of()),
            at("2026-12-14T00:00+02:00"),
            at("2026-12-15T00:00+02:00"));

    assertEquals(3, slots.size());
    assertTrue(slots.get(0).start().isBefore(slots.get(1).start()));
  }
}
