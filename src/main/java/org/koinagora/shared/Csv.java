package org.koinagora.shared;

import java.math.BigDecimal;
import java.util.Locale;
import org.koinagora.shared.i18n.Numbers;
import org.koinagora.shared.i18n.Texts;

/** Fields of the CSV files people open in spreadsheet programs. */
public final class Csv {

  private Csv() {}

  /**
   * Quotes a field when it holds the separator, a quote or a line break; a leading = + - @ is
   * defused.
   */
  public static String field(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  /**
   * The first line of a file: its column names in the reader's language ({@code key} holds them,
   * ";"-separated).
   */
  public static StringBuilder start(String key, Locale locale) {
    return new StringBuilder("\uFEFF").append(Texts.get(locale, key)).append("\r\n");
  }

  /**
   * A code (a status, a way of paying) as the reader's language names it: {@code <Enum>.<NAME>} in
   * the bundle.
   */
  public static String label(Enum<?> code, Locale locale) {
    return field(Texts.get(locale, code.getDeclaringClass().getSimpleName() + "." + code.name()));
  }

  /** An amount a spreadsheet of that language reads as a number: "11,40" in Greek, no grouping. */
  public static String amount(BigDecimal value, Locale locale) {
    return Numbers.plain(value, locale);
  }

  public static String amount(Money value, Locale locale) {
    return Numbers.plain(value.decimal(), locale);
  }

  /**
   * A phone number: "+30 …" is written "0030 …", which a spreadsheet keeps as text, where a leading
   * "+" would be read as a formula (and defusing it would leave a stray apostrophe).
   */
  public static String phone(String value) {
    if (value == null) {
      return "";
    }
    String number = value.strip();
    return field(number.matches("\\+[0-9][0-9 ()./-]*") ? "00" + number.substring(1) : number);
  }
}
