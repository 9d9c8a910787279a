package org.koinagora.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import org.koinagora.shared.i18n.Language;

/** Money and dates as people of the page's language write them ({@code 12,50 €} in Greek). */
@Named
@RequestScoped
public class Formats {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  @Inject private HttpServletRequest request;

  /** One per request: a page of listing cards formats many prices. */
  private NumberFormat euros;

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    if (euros == null) {
      euros = NumberFormat.getCurrencyInstance(Language.of(request).locale());
      euros.setCurrency(Currency.getInstance("EUR"));
    }
    return euros.format(amount);
  }

  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Language.of(request).locale())
            .withZone(ATHENS)
            .format(instant);
  }

  /** The day only, written out: "Σάββατο 12 Δεκεμβρίου 2026". */
  public String day(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Language.of(request).locale()).withZone(ATHENS).format(instant);
  }
}
