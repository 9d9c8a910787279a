package org.koinagora.checkout;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.koinagora.fairs.ICalendar;

/** An enterprise's order lines as CSV (UTF-8 with BOM and ";", as spreadsheet programs in Greece open it). */
public final class SalesCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ICalendar.ATHENS);

  private SalesCsv() {}

  public static String of(List<OrderPart> parts) {
    var csv = new StringBuilder("\uFEFF");
    csv.append("order;ordered_at;status;payment;fulfilment;buyer;email;phone;address;listing;title;quantity;unit_price_eur;vat_rate;line_total_eur\r\n");
    for (OrderPart part : parts) {
      CustomerOrder order = part.getOrder();
      String address = part.getFulfilment() == Fulfilment.DELIVERY
          ? order.getDeliveryStreet() + ", " + order.getDeliveryPostcode() + " " + order.getDeliveryCity()
          : "";
      for (OrderLine line : part.getLines()) {
        csv.append(order.getId()).append(';')
            .append(TIME.format(order.getCreatedAt())).append(';')
            .append(part.getStatus().name()).append(';')
            .append(order.getPaymentMethod().name()).append(';')
            .append(part.getFulfilment().name()).append(';')
            .append(field(order.getBuyerName())).append(';')
            .append(field(order.getEmail())).append(';')
            .append(field(order.getPhone() == null ? "" : order.getPhone())).append(';')
            .append(field(address)).append(';')
            .append(line.getListing().getId()).append(';')
            .append(field(line.getTitle())).append(';')
            .append(line.getQuantity()).append(';')
            .append(line.getUnitPrice().toPlainString()).append(';')
            .append(line.getVatRate()).append(';')
            .append(line.total().toPlainString())
            .append("\r\n");
      }
    }
    return csv.toString();
  }

  private static String field(String value) {
    return org.koinagora.shared.Csv.field(value);
  }
}
