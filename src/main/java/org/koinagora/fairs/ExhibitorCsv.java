package org.koinagora.fairs;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.koinagora.shared.Csv;

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
   * put together.
   */
  public static String of(Fair fair, List<StandBooking> bookings, Locale locale) {
    var csv = Csv.start("csv.exhibitors.columns", locale);
    String organisers = field(fair.organiserNames(locale));
    for (StandBooking booking : bookings) {
      var enterprise = booking.getEnterprise();
      csv.append(field(booking.getStand().getCode()))
          .append(';')
          .append(field(enterprise.getName()))
          .append(';')
          .append(field(enterprise.getContactEmail()))
          .append(';')
          .append(Csv.phone(enterprise.getContactPhone()))
          .append(';')
          .append(Csv.label(booking.getStatus(), locale))
          .append(';')
          .append(Csv.amount(booking.getFee().decimal(), locale))
          .append(';')
          .append(field(booking.getFeeReason() == null ? "" : booking.getFeeReason()))
          .append(';')
          .append(booking.getHoldExpiresAt() == null ? "" : TIME.format(booking.getHoldExpiresAt()))
          .append(';')
          .append(booking.getCheckedInAt() == null ? "" : TIME.format(booking.getCheckedInAt()))
          .append(';')
          .append(organisers)
          .append("\r\n");
    }
    return csv.toString();
  }

  static String field(String value) {
    return Csv.field(value);
  }
}
