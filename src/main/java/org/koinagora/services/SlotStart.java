package org.koinagora.services;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.koinagora.shared.InvalidInputException;

/** A slot's start as the API and forms give it: ISO-8601 with its offset. */
public final class SlotStart {

  private SlotStart() {}

  /** The instant, or 400 naming {@code field}. */
  public static Instant parse(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "slot.unknown");
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "slot.unknown");
    }
  }

  /** The start as {@code /slots} gives it: Europe/Athens with its offset. */
  public static String format(Instant start) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(SlotTime.ATHENS));
  }
}
