package org.koinagora.checkout.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.fairs.rest.FairViews;
import org.koinagora.services.SlotStart;
import org.koinagora.shared.Money;

/**
 * Orders as the buyer sees them, and a part as its enterprise sees it (never more buyer data than
 * needed).
 */
public final class OrderViews {

  private OrderViews() {}

  /**
   * A line; a quoted line (from an accepted quote) has no listing, and its decimal {@code measure}
   * and {@code unit} (its {@code quantity} is 1); {@code slot} only for a booked slot; {@code
   * delivery} marks the part's delivery charge.
   */
  @JsonbNillable
  public record LineView(
      Long listingId,
      String title,
      int quantity,
      Money unitPrice,
      int vatRate,
      Money total,
      BigDecimal measure,
      String unit,
      SlotRef slot,
      boolean delivery) {}

  /** The slot a line booked, its times in Europe/Athens with their offset. */
  public record SlotRef(long id, String start, String end) {}

  /** A public body's invoicing details on an order it pays on account. */
  public record Invoice(String afm, String doy, String reference) {}

  @JsonbNillable
  public record PartView(
      long id,
      EnterpriseRef enterprise,
      String fulfilment,
      FairViews.FairRef fair,
      String status,
      Money subtotal,
      List<LineView> lines,
      Money delivery,
      PartDocuments.DocumentRef document) {}

  @JsonbNillable
  public record OrderView(
      long id,
      String reference,
      String status,
      String payment,
      String manualKind,
      Money total,
      Money vatIncluded,
      Instant createdAt,
      Instant payBy,
      List<PartView> parts,
      String paymentUrl,
      Invoice invoice) {}

  /**
   * The buyer as the seller needs them: a name and a way to reach them; the address only for a
   * delivery.
   */
  @JsonbNillable
  public record Buyer(
      String name, String email, String phone, String street, String postcode, String city) {}

  @JsonbNillable
  public record SaleView(
      long id,
      long orderId,
      Instant orderedAt,
      String orderStatus,
      String payment,
      String manualKind,
      Buyer buyer,
      PartView part) {}

  public static OrderView order(
      CustomerOrder order, String paymentUrl, Locale locale, PartDocuments documents) {
    return new OrderView(
        order.getId(),
        order.getReference(),
        order.getStatus().name(),
        order.getPaymentMethod().name(),
        order.getManualKind() == null ? null : order.getManualKind().name(),
        order.getTotal(),
        order.getVatTotal(),
        order.getCreatedAt(),
        order.payBy(),
        order.getParts().stream().map(part -> part(part, locale, documents, true)).toList(),
        paymentUrl,
        order.getBuyerAfm() == null
            ? null
            : new Invoice(order.getBuyerAfm(), order.getBuyerDoy(), order.getBuyerReference()));
  }

  public static SaleView sale(OrderPart part, Locale locale, PartDocuments documents) {
    CustomerOrder order = part.getOrder();
    boolean delivery = part.getFulfilment() == Fulfilment.DELIVERY;
    var buyer =
        new Buyer(
            order.getBuyerName(),
            order.getEmail(),
            order.getPhone(),
            delivery ? order.getDeliveryStreet() : null,
            delivery ? order.getDeliveryPostcode() : null,
            delivery ? order.getDeliveryCity() : null);
    return new SaleView(
        part.getId(),
        order.getId(),
        order.getCreatedAt(),
        order.getStatus().name(),
        order.getPaymentMethod().name(),
        order.getManualKind() == null ? null : order.getManualKind().name(),
        buyer,
        part(part, locale, documents, false));
  }

  static PartView part(OrderPart part, Locale locale, PartDocuments documents, boolean forBuyer) {
    return new PartView(
        part.getId(),
        new EnterpriseRef(part.getEnterprise().getId(), part.getEnterprise().getName()),
        part.getFulfilment().name(),
        part.getFair() == null
            ? null
            : new FairViews.FairRef(part.getFair().getId(), part.getFair().title(locale)),
        part.getStatus().name(),
        part.getSubtotal(),
        part.getLines().stream().map(OrderViews::line).toList(),
        part.getDelivery(),
        documents.of(part, forBuyer).orElse(null));
  }

  static LineView line(OrderLine line) {
    return new LineView(
        line.isQuoted() ? null : line.getListing().getId(),
        line.getTitle(),
        line.getQuantity(),
        line.getUnitPrice(),
        line.getVatRate(),
        line.total(),
        line.isQuoted() ? line.amount() : null,
        line.getUnit(),
        line.getSlot() == null
            ? null
            : new SlotRef(
                line.getSlot().getId(),
                SlotStart.format(line.getSlot().getStartsAt()),
                SlotStart.format(line.getSlot().getEndsAt())),
        line.isDelivery());
  }
}
