package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.koinagora.enterprises.Iban;
import org.koinagora.fairs.ICalendar;
import org.koinagora.shared.Links;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.web.Formats;

/** What the buyer is told, in the language they ordered in, at each step of the order. */
@ApplicationScoped
public class OrderMails {

  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private PickupPlaces pickupPlaces;

  void placed(CustomerOrder order) {
    Locale locale = locale(order);
    String payment =
        switch (order.getPaymentMethod()) {
          case STRIPE -> Texts.get(locale, "mail.order.pay.stripe");
          case MANUAL ->
              Texts.get(
                      locale,
                      "mail.order.pay." + order.getManualKind().name().toLowerCase(Locale.ROOT),
                      String.valueOf(order.getId()))
                  + (order.getManualKind() == ManualKind.BANK_TRANSFER
                      ? "\n\n" + accounts(order, locale)
                      : "");
        };
    Mail mail =
        mail(
            order,
            "mail.order_placed.subject",
            "mail.order_placed.body",
            summary(order, locale),
            payment);
    mailer.send(
        bookings(order).isEmpty()
            ? mail
            : new Mail(
                mail.to(),
                mail.subject(),
                mail.body(),
                new Mail.Attachment(
                    "koinagora-" + order.getId() + ".ics",
                    "text/calendar; charset=UTF-8; method=PUBLISH",
                    calendar(order, locale))));
  }

  /** The enterprise called off its booked part: all paid for it comes back. */
  void bookingCancelled(OrderPart part, Money refunded) {
    CustomerOrder order = part.getOrder();
    Locale locale = locale(order);
    send(
        order,
        "mail.booking_cancelled.subject",
        "mail.booking_cancelled.body",
        part.getEnterprise().getName(),
        part.getLines().stream()
            .map(line -> "  " + line.getTitle() + when(line, locale))
            .collect(Collectors.joining("\n")),
        refunded.isPositive()
            ? Texts.get(
                locale,
                "mail.order.refund." + order.getPaymentMethod().name().toLowerCase(Locale.ROOT),
                Formats.moneyIn(refunded, locale))
            : "");
  }

  private static List<OrderLine> bookings(CustomerOrder order) {
    return order.getParts().stream()
        .flatMap(part -> part.getLines().stream())
        .filter(line -> line.getSlot() != null)
        .toList();
  }

  /** Each booked slot as an event, for the buyer's calendar. */
  private String calendar(CustomerOrder order, Locale locale) {
    String host = links.to("/").replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
    return ICalendar.of(
        bookings(order).stream()
            .map(
                line ->
                    new ICalendar.Event(
                        "booking-" + line.getId() + "@" + host,
                        line.getSlot().getStartsAt(),
                        line.getSlot().getEndsAt(),
                        line.getTitle(),
                        line.getQuantity()
                            + " × "
                            + line.getTitle()
                            + "\n"
                            + line.getListing().getEnterprise().getName(),
                        links.to("/order?ref=" + order.getReference())))
            .toList());
  }

  /** ", Monday 14 December 2026, 10:00–11:00 (cancel by …)" for a booked line; empty otherwise. */
  private static String when(OrderLine line, Locale locale) {
    return line.getSlot() == null
        ? ""
        : ", " + Formats.slotIn(line.getSlot().getStartsAt(), line.getSlot().getEndsAt(), locale);
  }

  void paid(CustomerOrder order) {
    send(
        order,
        "mail.order_paid.subject",
        "mail.order_paid.body",
        summary(order, locale(order)),
        "");
  }

  void cancelled(CustomerOrder order, Money refunded) {
    Locale locale = locale(order);
    String refund =
        refunded.isPositive()
            ? Texts.get(
                locale,
                "mail.order.refund." + order.getPaymentMethod().name().toLowerCase(Locale.ROOT),
                Formats.moneyIn(refunded, locale))
            : "";
    send(
        order,
        "mail.order_cancelled.subject",
        "mail.order_cancelled.body",
        summary(order, locale),
        refund);
  }

  void expired(CustomerOrder order) {
    send(
        order,
        "mail.order_expired.subject",
        "mail.order_expired.body",
        summary(order, locale(order)),
        "");
  }

  /** A late card payment for an order that had already ended: the money goes straight back. */
  void paidTooLate(CustomerOrder order) {
    send(
        order,
        "mail.order_too_late.subject",
        "mail.order_too_late.body",
        Formats.moneyIn(order.getTotal(), locale(order)),
        "");
  }

  /** An enterprise moved its part on: shipped, ready to collect, collected, refunded. */
  void partChanged(OrderPart part) {
    CustomerOrder order = part.getOrder();
    Locale locale = locale(order);
    String where =
        part.getFulfilment() == Fulfilment.DELIVERY
            ? part.getEnterprise().getName()
            : pickupPlaces.of(part, locale);
    send(
        order,
        "mail.order_part.subject",
        "mail.order_part."
            + part.getStatus().name().toLowerCase(Locale.ROOT)
            + (part.getFulfilment() == Fulfilment.SERVICE
                    && part.getStatus() == PartStatus.PICKED_UP
                ? "_service"
                : ""),
        part.getEnterprise().getName(),
        where,
        Formats.moneyIn(part.getSubtotal(), locale));
  }

  private void send(CustomerOrder order, String subjectKey, String bodyKey, Object... details) {
    mailer.send(mail(order, subjectKey, bodyKey, details));
  }

  private Mail mail(CustomerOrder order, String subjectKey, String bodyKey, Object... details) {
    Locale locale = locale(order);
    Object[] arguments = new Object[details.length + 3];
    arguments[0] = order.getBuyerName();
    arguments[1] = String.valueOf(order.getId());
    arguments[2] = links.to("/order?ref=" + order.getReference());
    System.arraycopy(details, 0, arguments, 3, details.length);
    return new Mail(
        order.getEmail(),
        Texts.get(locale, subjectKey, String.valueOf(order.getId())),
        Texts.get(locale, bodyKey, arguments));
  }

  /**
   * Where each enterprise's part is paid by transfer (or that the enterprise sends its details).
   */
  private static String accounts(CustomerOrder order, Locale locale) {
    return order.getParts().stream()
        .map(
            part ->
                part.getEnterprise().getName()
                    + ": "
                    + Formats.moneyIn(part.getSubtotal(), locale)
                    + " → "
                    + (part.getEnterprise().getIban() == null
                        ? Texts.get(locale, "order_page.iban_by_mail")
                        : Iban.grouped(part.getEnterprise().getIban())))
        .collect(Collectors.joining("\n"));
  }

  /** The lines by enterprise, with how each part is handed over, and the total. */
  static String summary(CustomerOrder order, Locale locale) {
    String parts =
        order.getParts().stream()
            .map(
                part -> {
                  String lines =
                      part.getLines().stream()
                          .map(
                              line ->
                                  "  "
                                      + line.amountText()
                                      + " × "
                                      + line.getTitle()
                                      + when(line, locale)
                                      + " — "
                                      + Formats.moneyIn(line.total(), locale)
                                      + policy(line, locale))
                          .collect(Collectors.joining("\n"));
                  String how =
                      Texts.get(locale, "Fulfilment." + part.getFulfilment().name())
                          + (part.getFair() == null ? "" : ": " + part.getFair().title(locale));
                  return part.getEnterprise().getName() + " (" + how + ")\n" + lines;
                })
            .collect(Collectors.joining("\n\n"));
    return parts
        + "\n\n"
        + Texts.get(locale, "order.total")
        + ": "
        + Formats.moneyIn(order.getTotal(), locale)
        + " ("
        + Texts.get(locale, "order.vat_included")
        + " "
        + Formats.moneyIn(order.getVatTotal(), locale)
        + ")";
  }

  /**
   * A dated service has no right of withdrawal: what the buyer may do instead, said under its line.
   */
  private static String policy(OrderLine line, Locale locale) {
    return line.getCancellableUntil() == null
        ? ""
        : "\n    "
            + Texts.get(
                locale,
                "mail.order.slot_policy",
                Formats.dateIn(line.getCancellableUntil(), locale));
  }

  private static Locale locale(CustomerOrder order) {
    return Locale.forLanguageTag(order.getLanguage());
  }
}
