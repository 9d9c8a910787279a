package org.koinagora.fairs.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.koinagora.fairs.ICalendar;
import org.koinagora.shared.InvalidInputException;

/** The organiser's date-time inputs ({@code datetime-local}) are Athens time. */
final class AthensTime {

  private AthensTime() {}

  /** The typed time as an instant; null when empty, 400 naming the field when it is not a time. */
  static Instant instant(String local, String field) {
    if (local == null || local.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(local).atZone(ICalendar.ATHENS).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "fair.date.invalid");
    }
  }

  /** An instant as the input shows it. */
  static String local(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, ICalendar.ATHENS)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
  }
}
