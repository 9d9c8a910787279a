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

  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Language.of(request).locale());
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }

  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Language.of(request).locale())
            .withZone(ATHENS)
            .format(instant);
  }
}
