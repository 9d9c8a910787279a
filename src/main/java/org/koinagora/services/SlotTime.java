package org.koinagora.services;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** When a slot starts and ends. */
public record SlotTime(Instant start, Instant end) implements Comparable<SlotTime> {

  public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  public OffsetDateTime startInAthens() {
    return start.atZone(ATHENS).toOffsetDateTime();
  }

  public OffsetDateTime endInAthens() {
    return end.atZone(ATHENS).toOffsetDateTime();
  }

  @Override
  public int compareTo(SlotTime other) {
    return start.compareTo(other.start);
  }
}
