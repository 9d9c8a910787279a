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
import java.util.Locale;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/** Money and dates as people of the page's language write them ({@code 12,50 €} in Greek). */
@Named
@RequestScoped
public class Formats {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  @Inject private HttpServletRequest request;

  /** One per request: a page of listing cards formats many prices. */
  private NumberFormat euros;

  /** An amount in euros: a {@link Money} or a plain decimal (EL would not pick an overload). */
  public String money(Object amount) {
    BigDecimal decimal = decimalOf(amount);
    if (decimal == null) {
      return "";
    }
    if (euros == null) {
      euros = NumberFormat.getCurrencyInstance(Language.of(request).locale());
      euros.setCurrency(Currency.getInstance("EUR"));
    }
    return euros.format(decimal);
  }

  private static BigDecimal decimalOf(Object amount) {
    if (amount instanceof Money money) {
      return money.decimal();
    }
    return amount instanceof BigDecimal decimal ? decimal : null;
  }

  public String date(Instant instant) {
    return dateIn(instant, Language.of(request).locale());
  }

  /** The day only, written out: "Σάββατο 12 Δεκεμβρίου 2026". */
  public String day(Instant instant) {
    return dayIn(instant, Language.of(request).locale());
  }

  /**
   * A text of the page's language with one value put in ({@code {0}}), where an h:outputFormat
   * cannot go (attributes). A number is formatted ("1.234"); pass an id as text.
   */
  public String text(String key, Object value) {
    return Texts.get(Language.of(request).locale(), key, value);
  }

  /** A slot: "Δευ 14 Δεκ 2026, 10:00–11:00". */
  public String slot(Instant start, Instant end) {
    return slotIn(start, end, Language.of(request).locale());
  }

  /** The day in Athens as ISO, for links: "2026-12-14". */
  public String isoDay(Instant instant) {
    return instant == null ? "" : instant.atZone(ATHENS).toLocalDate().toString();
  }

  /** The time of day only, 24-hour: "10:00". */
  public String time(Instant instant) {
    return instant == null ? "" : HOURS.format(instant);
  }

  // for mails and documents, which have no page request

  private static final DateTimeFormatter HOURS =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ATHENS);

  public static String slotIn(Instant start, Instant end, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).withZone(ATHENS).format(start)
        + ", "
        + HOURS.format(start)
        + "–"
        + HOURS.format(end);
  }

  public static String moneyIn(Money amount, Locale locale) {
    return moneyIn(amount == null ? null : amount.decimal(), locale);
  }

  public static String moneyIn(BigDecimal amount, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return amount == null ? "" : format.format(amount);
  }

  /** Day and time to the minute (no seconds): "2 Δεκ 2026, 10:00 π.μ.". */
  public static String dateIn(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ATHENS)
            .format(instant);
  }

  public static String dayIn(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(locale)
            .withZone(ATHENS)
            .format(instant);
  }
}
