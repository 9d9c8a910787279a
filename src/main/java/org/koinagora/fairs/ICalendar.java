package org.koinagora.fairs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.koinagora.shared.i18n.Texts;

/**
 * Fairs as an iCalendar feed (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values
 * escaped, local times in Europe/Athens (with its VTIMEZONE), a stable UID and a DTSTAMP per event.
 */
public final class ICalendar {

  public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ATHENS);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String VTIMEZONE =
      String.join(
          "\r\n",
          "BEGIN:VTIMEZONE",
          "TZID:Europe/Athens",
          "BEGIN:DAYLIGHT",
          "TZOFFSETFROM:+0200",
          "TZOFFSETTO:+0300",
          "TZNAME:EEST",
          "DTSTART:19700329T030000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "END:DAYLIGHT",
          "BEGIN:STANDARD",
          "TZOFFSETFROM:+0300",
          "TZOFFSETTO:+0200",
          "TZNAME:EET",
          "DTSTART:19701025T040000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
          "END:STANDARD",
          "END:VTIMEZONE");

  private ICalendar() {}

  /** The calendar of these fairs; {@code baseUrl} makes the links and the UIDs' host. */
  public static String of(List<Fair> fairs, String baseUrl, Locale locale) {
    var out = new StringBuilder(1024);
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Koinagora//Fairs//EL");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    out.append(VTIMEZONE).append("\r\n");
    String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
    for (Fair fair : fairs) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:fair-" + fair.getId() + "@" + host);
      line(
          out,
          "DTSTAMP:"
              + UTC.format(fair.getUpdatedAt() == null ? Instant.now() : fair.getUpdatedAt()));
      line(out, "DTSTART;TZID=Europe/Athens:" + LOCAL.format(fair.getStartsAt()));
      line(out, "DTEND;TZID=Europe/Athens:" + LOCAL.format(fair.getEndsAt()));
      line(out, "SUMMARY:" + text(fair.title(locale)));
      line(
          out,
          "DESCRIPTION:"
              + text(
                  fair.description(locale)
                      + (fair.getOpeningHours() == null ? "" : "\n" + fair.getOpeningHours())
                      + "\n"
                      + Texts.get(locale, "fair_page.organisers")
                      + ": "
                      + fair.organiserNames(locale)));
      line(out, "LOCATION:" + text(fair.place()));
      if (fair.getLatitude() != null && fair.getLongitude() != null) {
        line(
            out,
            "GEO:"
                + fair.getLatitude().toPlainString()
                + ";"
                + fair.getLongitude().toPlainString());
      }
      line(out, "ORGANIZER;CN=" + param(fair.getOrganiser().getName()) + ":mailto:noreply@" + host);
      line(out, "URL:" + baseUrl + "/fairs/" + fair.getId());
      line(out, "STATUS:" + (fair.getStatus() == FairStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** An event of a calendar that is not a fair's (a booked slot). */
  public record Event(
      String uid, Instant start, Instant end, String summary, String description, String url) {}

  /** Events (e.g. booked slots) as a calendar of their own, for a mail's attachment. */
  public static String of(List<Event> events) {
    var out = new StringBuilder(1024);
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Koinagora//Bookings//EL");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    out.append(VTIMEZONE).append("\r\n");
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + event.uid());
      line(out, "DTSTAMP:" + UTC.format(Instant.now()));
      line(out, "DTSTART;TZID=Europe/Athens:" + LOCAL.format(event.start()));
      line(out, "DTEND;TZID=Europe/Athens:" + LOCAL.format(event.end()));
      line(out, "SUMMARY:" + text(event.summary()));
      line(out, "DESCRIPTION:" + text(event.description()));
      line(out, "URL:" + event.url());
      line(out, "STATUS:CONFIRMED");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  private static String param(String value) {
    return "\"" + value.replace("\"", "'") + "\"";
  }

  /** Writes one content line, folded so that no line is longer than 75 octets (3.1). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
