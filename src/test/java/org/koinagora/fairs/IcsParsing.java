package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads a feed back with ical4j, a real iCalendar library, and checks what a calendar app would
 * show.
 */
final class IcsParsing {

  private IcsParsing() {}

  static void assertParses(String ics, long fairId) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertEquals(1, events.size());
    VEvent event = events.get(0);
    assertTrue(
        event
            .<Property>getProperty(Property.UID)
            .orElseThrow()
            .getValue()
            .startsWith("fair-" + fairId + "@"));
    assertEquals(
        "Αγορά Κοινωνικής Οικονομίας",
        event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals(
        "Πλατεία Συντάγματος, Αθήνα",
        event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue(),
        "escaped commas read back as commas");
    DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
    assertTrue(
        start.getDate() instanceof ZonedDateTime,
        "a local time in a named zone: " + start.getDate());
    assertEquals(
        "Europe/Athens", start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue());
    ZonedDateTime local = (ZonedDateTime) start.getDate();
    assertEquals(
        ZoneId.of("Europe/Athens").getRules().getOffset(local.toInstant()),
        local.getOffset(),
        "the calendar's own VTIMEZONE gives Athens' offset");
  }
}
