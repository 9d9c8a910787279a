package org.koinagora.fairs;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The exhibitor list of a fair as CSV (UTF-8 with BOM and ";", as spreadsheet programs in Greece open it). */
public final class ExhibitorCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ICalendar.ATHENS);

  private ExhibitorCsv() {}

  public static String of(List<StandBooking> bookings) {
    var csv = new StringBuilder("\uFEFF");
    csv.append("stand;enterprise;email;phone;status;fee_eur;fee_reason;hold_until;checked_in\r\n");
    for (StandBooking booking : bookings) {
      var enterprise = booking.getEnterprise();
      csv.append(field(booking.getStand().getCode())).append(';')
          .append(field(enterprise.getName())).append(';')
          .append(field(enterprise.getContactEmail())).append(';')
          .append(field(enterprise.getContactPhone() == null ? "" : enterprise.getContactPhone())).append(';')
          .append(booking.getStatus().name()).append(';')
          .append(booking.getFee().toPlainString()).append(';')
          .append(field(booking.getFeeReason() == null ? "" : booking.getFeeReason())).append(';')
          .append(booking.getHoldExpiresAt() == null ? "" : TIME.format(booking.getHoldExpiresAt())).append(';')
          .append(booking.getCheckedInAt() == null ? "" : TIME.format(booking.getCheckedInAt()))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String field(String value) {
    return org.koinagora.shared.Csv.field(value);
  }

}
