package org.koinagora.services.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.koinagora.services.SlotStart;
import org.koinagora.services.SlotTime;

/** A range's end as a query gives it: a date (a whole day in Athens) or an instant. */
final class Range {

  private Range() {}

  static Instant start(String text, String field, Instant otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    return date(text)
        .map(day -> day.atStartOfDay(SlotTime.ATHENS).toInstant())
        .orElseGet(() -> SlotStart.parse(text, field));
  }

  /** The end; a date includes its whole day. Null when not given (the horizon then). */
  static Instant end(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return date(text)
        .map(day -> day.plusDays(1).atStartOfDay(SlotTime.ATHENS).toInstant())
        .orElseGet(() -> SlotStart.parse(text, field));
  }

  private static java.util.Optional<LocalDate> date(String text) {
    try {
      return java.util.Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }
}
