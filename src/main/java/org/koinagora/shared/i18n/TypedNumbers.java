package org.koinagora.shared.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a decimal as a person types it into a form or a spreadsheet, in Greek or in English, never
 * through floating point. The one rule, for every form that takes a number:
 *
 * <ol>
 *   <li>Spaces anywhere (also no-break and thin spaces) and one trailing {@code €} are ignored:
 *       {@code "1 500 €"} is 1500.
 *   <li>What is left is digits with points and commas only; no sign, no letters. A decimal part
 *       needs a digit on each side of its sign ({@code ",5"} and {@code "5,"} are not read).
 *   <li>Both a point and a comma: the one that comes last is the decimal sign and comes once; the
 *       other one groups thousands, which must then be correct (1 to 3 digits, not starting with 0,
 *       then groups of exactly 3): {@code "1.500,50"} and {@code "1,500.50"} are 1500.50 in either
 *       language; {@code "15.00,5"} is not read.
 *   <li>The same sign more than once: it groups thousands, again correctly: {@code "1.000.000"} and
 *       {@code "1,000,000"} are a million.
 *   <li>One sign once, with 1 to 3 digits before it (not starting with 0) and exactly 3 after it,
 *       as in {@code "1.500"} or {@code "1,200"}: this alone is ambiguous, and the language
 *       decides. It groups thousands when it is the language's grouping sign (the point in Greek,
 *       the comma in English), else it is the decimal sign. So {@code "1.500"} is 1500 in Greek and
 *       1.5 in English; {@code "1,200"} is 1.2 in Greek and 1200 in English.
 *   <li>One sign once otherwise: it is the decimal sign, in either language: {@code "2.5"}, {@code
 *       "2,5"}, {@code "12.50"}, {@code "0.500"} and {@code "1500,000"} are read the same in both.
 * </ol>
 *
 * <p>{@link Locale#ROOT} (or no locale) is for text a program wrote, such as the JSON API's
 * strings: nothing groups thousands, and a single point or comma is the decimal sign ({@code
 * "1.234"} is 1.234, {@code "1.234,5"} is not read).
 */
public final class TypedNumbers {

  /** Longer than any amount Koinagora keeps; longer text is not read. */
  private static final int LENGTH_MAX = 40;

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

  private TypedNumbers() {}

  /** The number typed, or empty when nothing was typed or it is not a number by the rule above. */
  public static Optional<BigDecimal> read(String typed, Locale locale) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = SPACES.matcher(typed).replaceAll("");
    if (text.endsWith("€")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty() || text.length() > LENGTH_MAX) {
      return Optional.empty();
    }
    String normalised = normalise(text, locale);
    return normalised == null ? Optional.empty() : Optional.of(new BigDecimal(normalised));
  }

  /** Whether nothing but spaces (or nothing at all) was typed. */
  public static boolean isBlank(String typed) {
    return typed == null || typed.isBlank();
  }

  /** The text as {@link BigDecimal} reads it, or null. */
  private static String normalise(String text, Locale locale) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    if (!text.matches("[\\d.,]+")) {
      return null;
    }
    if (locale == null || Locale.ROOT.equals(locale)) {
      return DECIMAL.matcher(text).matches() ? text.replace(',', '.') : null;
    }
    char decimalSign = decimalSign(locale);
    char groupingSign = decimalSign == ',' ? '.' : ',';
    int lastPoint = text.lastIndexOf('.');
    int lastComma = text.lastIndexOf(',');
    if (lastPoint >= 0 && lastComma >= 0) {
      char decimal = lastPoint > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      int at = Math.max(lastPoint, lastComma);
      String whole = text.substring(0, at);
      String fraction = text.substring(at + 1);
      return grouped(whole, grouping) && PLAIN.matcher(fraction).matches()
          ? whole.replace(String.valueOf(grouping), "") + "." + fraction
          : null;
    }
    char sign = lastPoint >= 0 ? '.' : ',';
    if (text.indexOf(sign) != text.lastIndexOf(sign)) {
      return grouped(text, sign) ? text.replace(String.valueOf(sign), "") : null;
    }
    if (sign == groupingSign && grouped(text, sign)) {
      return text.replace(String.valueOf(sign), "");
    }
    return DECIMAL.matcher(text).matches() ? text.replace(sign, '.') : null;
  }

  /** Whether the digits are grouped by thousands with this sign: 1 to 3 digits, then 3s. */
  private static boolean grouped(String whole, char sign) {
    String quoted = Pattern.quote(String.valueOf(sign));
    return whole.matches("[1-9]\\d{0,2}(" + quoted + "\\d{3})+");
  }

  /** The language's decimal sign: a comma in Greek, a point in English. */
  private static char decimalSign(Locale locale) {
    char sign = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return sign == ',' ? ',' : '.';
  }
}
