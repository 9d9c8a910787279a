package org.koinagora.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.TypedNumbers;

/**
 * Reads prices as people type them ({@link TypedNumbers}: "12,50", "1.500,50", "12.50 €"), never
 * through floating point.
 */
public final class Prices {

  private static final int DIGITS_MAX = 9;

  private Prices() {}

  /**
   * The amount as a program sent it (the JSON API's string): "12.50" or "12,50", no thousands; null
   * when nothing was given, a field error when it is not a number.
   */
  public static BigDecimal parse(String typed) {
    return parse(typed, Locale.ROOT);
  }

  /**
   * The amount as a person of this language typed it; null when nothing was typed, a field error
   * when it is not a number.
   */
  public static BigDecimal parse(String typed, Locale locale) {
    if (TypedNumbers.isBlank(typed)) {
      return null;
    }
    return TypedNumbers.read(typed, locale)
        .filter(a -> a.scale() <= DIGITS_MAX && a.precision() - a.scale() <= DIGITS_MAX)
        .orElseThrow(() -> new InvalidInputException("price", "listing.price.invalid"));
  }
}
