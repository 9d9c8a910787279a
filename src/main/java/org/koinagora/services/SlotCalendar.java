package org.koinagora.services;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The slots an availability gives between two instants: each opening window of a day (its weekday's
 * rules unless the day is closed, plus the day's extra hours) stepped by the duration, every slot
 * ending within its window; a start given twice is one slot.
 */
public final class SlotCalendar {

  /** At most this many slots in one answer, whatever the range asked. */
  public static final int MAX_SLOTS = 5000;

  private SlotCalendar() {}

  public static List<SlotTime> between(AvailabilityDraft availability, Instant from, Instant to) {
    TreeSet<SlotTime> slots = new TreeSet<>();
    Duration duration = Duration.ofMinutes(availability.durationMinutes());
    LocalDate last = to.atZone(SlotTime.ATHENS).toLocalDate();
    for (LocalDate day = from.atZone(SlotTime.ATHENS).toLocalDate();
        !day.isAfter(last) && slots.size() < MAX_SLOTS;
        day = day.plusDays(1)) {
      for (Window window : windows(availability, day)) {
        ZonedDateTime start = day.atTime(window.opens()).atZone(SlotTime.ATHENS);
        ZonedDateTime closes = day.atTime(window.closes()).atZone(SlotTime.ATHENS);
        while (!start.plus(duration).isAfter(closes)) {
          Instant begins = start.toInstant();
          if (!begins.isBefore(from) && begins.isBefore(to)) {
            slots.add(new SlotTime(begins, begins.plus(duration)));
          }
          start = start.plus(duration);
        }
      }
    }
    return new ArrayList<>(slots).subList(0, Math.min(slots.size(), MAX_SLOTS));
  }

  private record Window(LocalTime opens, LocalTime closes) {}

  private static List<Window> windows(AvailabilityDraft availability, LocalDate day) {
    List<Window> windows = new ArrayList<>();
    boolean closed =
        availability.exceptions().stream()
            .anyMatch(exception -> exception.getDate().equals(day) && exception.isClosed());
    if (!closed) {
      int weekday = day.getDayOfWeek().getValue();
      availability.rules().stream()
          .filter(rule -> rule.getWeekday() == weekday)
          .forEach(rule -> windows.add(new Window(rule.getOpens(), rule.getCloses())));
    }
    availability.exceptions().stream()
        .filter(exception -> exception.getDate().equals(day) && !exception.isClosed())
        .forEach(exception -> windows.add(new Window(exception.getOpens(), exception.getCloses())));
    return windows;
  }
}
