package org.koinagora.checkout;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.koinagora.fairs.ICalendar;
import org.koinagora.shared.Csv;

/**
 * An enterprise's order lines as CSV (UTF-8 with BOM and ";", as spreadsheet programs in Greece
 * open it).
 */
public final class SalesCsv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ICalendar.ATHENS);

  private SalesCsv() {}

  /**
   * In the reader's language: column names, statuses and ways of paying named, amounts as its
   * spreadsheets read them.
   */
  public static String of(List<OrderPart> parts, Locale locale) {
    var csv = Csv.start("csv.sales.columns", locale);
    for (OrderPart part : parts) {
      CustomerOrder order = part.getOrder();
      String address =
          part.getFulfilment() == Fulfilment.DELIVERY
              ? order.getDeliveryStreet()
                  + ", "
                  + order.getDeliveryPostcode()
                  + " "
                  + order.getDeliveryCity()
              : "";
      for (OrderLine line : part.getLines()) {
        csv.append(order.getId())
            .append(';')
            .append(TIME.format(order.getCreatedAt()))
            .append(';')
            .append(Csv.label(part.getStatus(), locale))
            .append(';')
            .append(
                Csv.label(
                    order.getPaymentMethod() == PaymentMethod.MANUAL
                            && order.getManualKind() != null
                        ? order.getManualKind()
                        : order.getPaymentMethod(),
                    locale))
            .append(';')
            .append(Csv.label(part.getFulfilment(), locale))
            .append(';')
            .append(field(order.getBuyerName()))
            .append(';')
            .append(field(order.getEmail()))
            .append(';')
            .append(Csv.phone(order.getPhone()))
            .append(';')
            .append(field(address))
            .append(';')
            .append(line.isQuoted() ? "" : String.valueOf(line.getListing().getId()))
            .append(';')
            .append(field(line.getTitle()))
            .append(';')
            .append(line.isQuoted() ? field(line.amountText()) : String.valueOf(line.getQuantity()))
            .append(';')
            .append(Csv.amount(line.getUnitPrice(), locale))
            .append(';')
            .append(line.getVatRate())
            .append(';')
            .append(Csv.amount(line.total(), locale))
            .append("\r\n");
      }
    }
    return csv.toString();
  }

  private static String field(String value) {
    return Csv.field(value);
  }
}
