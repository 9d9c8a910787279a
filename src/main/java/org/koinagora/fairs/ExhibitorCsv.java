package org.koinagora.fairs;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.Csv;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Texts;

/**
 * The exhibitor list of a fair as CSV (UTF-8 with BOM and ";", as spreadsheet programs in Greece
 * open it).
 */
public final class ExhibitorCsv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ICalendar.ATHENS);

  private ExhibitorCsv() {}

  /**
   * In the reader's language: column names and statuses named, fees as its spreadsheets read them;
   * the last column names the fair's organisers on every row, so that lists of several fairs can be
   * put together. Enterprises sharing a stand follow its booking's row, each with its own part of
   * the fee.
   */
  public static String of(Fair fair, List<StandBooking> bookings, Locale locale) {
    var csv = Csv.start("csv.exhibitors.columns", locale);
    var rows = new Rows(csv, field(fair.organiserNames(locale)), locale);
    for (StandBooking booking : bookings) {
      rows.add(
          booking,
          booking.getEnterprise(),
          Texts.get(locale, "BookingStatus." + booking.getStatus().name()),
          booking.getFee(),
          booking.getFeeReason(),
          booking.getHoldExpiresAt());
      for (StandCoExhibitor co : booking.getSharing()) {
        rows.add(
            booking,
            co.getEnterprise(),
            Texts.get(locale, co.isFeeDue() ? "consortium.row.due" : "consortium.row.settled"),
            co.getFee(),
            co.getFeeReason(),
            null);
      }
    }
    return csv.toString();
  }

  static String field(String value) {
    return Csv.field(value);
  }

  /** Writes one exhibitor's row: the stand, who exhibits, their state and fee, the fair's times. */
  private record Rows(StringBuilder csv, String organisers, Locale locale) {

    void add(
        StandBooking booking,
        Enterprise exhibitor,
        String state,
        Money fee,
        String feeReason,
        Instant holdExpiresAt) {
      csv.append(field(booking.getStand().getCode()))
          .append(';')
          .append(field(exhibitor.getName()))
          .append(';')
          .append(field(exhibitor.getContactEmail()))
          .append(';')
          .append(Csv.phone(exhibitor.getContactPhone()))
          .append(';')
          .append(field(state))
          .append(';')
          .append(Csv.amount(fee.decimal(), locale))
          .append(';')
          .append(field(feeReason == null ? "" : feeReason))
          .append(';')
          .append(time(holdExpiresAt))
          .append(';')
          .append(time(booking.getCheckedInAt()))
          .append(';')
          .append(organisers)
          .append("\r\n");
    }

    private static String time(Instant at) {
      return at == null ? "" : TIME.format(at);
    }
  }
}
