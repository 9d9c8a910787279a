package org.koinagora.fairs.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandCoExhibitor;
import org.koinagora.fairs.pdf.ExhibitorListPdf;
import org.koinagora.fairs.pdf.StandPassPdf;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.qr.QrCode;
import org.koinagora.shared.web.Formats;

/**
 * The printable documents of a fair, in the reader's language: exhibitor list, exhibitor pass,
 * stand QR code.
 */
@ApplicationScoped
public class FairDocuments {

  @Inject private Links links;

  public byte[] exhibitorList(Fair fair, List<StandBooking> bookings, Locale locale) {
    var heading =
        new ExhibitorListPdf.Heading(
            locale.getLanguage(),
            fair.title(locale),
            fair.organiserNames(locale),
            fair.getVenue(),
            when(fair, locale),
            Texts.get(locale, "pdf.generated", Formats.dateIn(Instant.now(), locale)));
    var rows =
        bookings.stream()
            .flatMap(
                booking ->
                    Stream.concat(
                        Stream.of(
                            new ExhibitorListPdf.Row(
                                booking.getStand().getCode(),
                                booking.getEnterprise().getName(),
                                booking.getEnterprise().getContactEmail(),
                                booking.getEnterprise().getContactPhone(),
                                Texts.get(locale, "BookingStatus." + booking.getStatus().name()),
                                Formats.moneyIn(booking.getFee().decimal(), locale),
                                booking.getFeeReason(),
                                Formats.dateIn(booking.getCheckedInAt(), locale))),
                        booking.getSharing().stream().map(co -> sharerRow(co, locale))))
            .toList();
    var labels =
        new ExhibitorListPdf.Labels(
            Texts.get(locale, "pdf.exhibitors.title"),
            new ExhibitorListPdf.Row(
                Texts.get(locale, "fair_page.col.code"),
                Texts.get(locale, "organiser.enterprise"),
                Texts.get(locale, "pdf.exhibitors.email"),
                Texts.get(locale, "pdf.exhibitors.phone"),
                Texts.get(locale, "fair_page.col.state"),
                Texts.get(locale, "pdf.exhibitors.fee"),
                Texts.get(locale, "pdf.exhibitors.fee_reason"),
                Texts.get(locale, "pdf.exhibitors.checked_in")),
            Texts.get(locale, "pdf.exhibitors.total"),
            Texts.get(locale, "pdf.page"));
    return ExhibitorListPdf.of(heading, rows, labels);
  }

  /** A co-exhibitor's row, under its stand's booking: its own contact, part of the fee, payment. */
  private static ExhibitorListPdf.Row sharerRow(StandCoExhibitor co, Locale locale) {
    StandBooking booking = co.getBooking();
    return new ExhibitorListPdf.Row(
        booking.getStand().getCode(),
        co.getEnterprise().getName(),
        co.getEnterprise().getContactEmail(),
        co.getEnterprise().getContactPhone(),
        Texts.get(locale, co.isFeeDue() ? "consortium.row.due" : "consortium.row.settled"),
        Formats.moneyIn(co.getFee().decimal(), locale),
        co.getFeeReason(),
        Formats.dateIn(booking.getCheckedInAt(), locale));
  }

  public byte[] pass(StandBooking booking, Locale locale) {
    Fair fair = booking.getFair();
    return StandPassPdf.of(
        new StandPassPdf.Pass(
            locale.getLanguage(),
            Texts.get(locale, "pdf.pass.heading"),
            fair.title(locale),
            when(fair, locale),
            fair.place(),
            Texts.get(locale, "pdf.pass.stand"),
            booking.getStand().getCode(),
            booking.getExhibitingEnterprises().stream()
                .map(Enterprise::getName)
                .collect(Collectors.joining("\n")),
            Texts.get(locale, "BookingStatus." + booking.getStatus().name()),
            standUrl(fair.getId(), booking.getStand().getCode()),
            Texts.get(locale, "pdf.pass.scan")));
  }

  public String standQr(long fairId, String code, Locale locale) {
    return QrCode.svg(standUrl(fairId, code), Texts.get(locale, "pdf.qr.label", code));
  }

  /**
   * What a stand's QR code opens: its exhibitor's shop page (or the fair, while the stand is free).
   */
  public String standUrl(long fairId, String code) {
    return links.to("/fairs/" + fairId + "/stands/" + code);
  }

  private static String when(Fair fair, Locale locale) {
    return Formats.dateIn(fair.getStartsAt(), locale)
        + " – "
        + Formats.dateIn(fair.getEndsAt(), locale);
  }
}
