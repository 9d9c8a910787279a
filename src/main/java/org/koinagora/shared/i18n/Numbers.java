package org.koinagora.shared.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a person of a language types them into a form or a spreadsheet. */
public final class Numbers {

  private Numbers() {}

  /**
   * An amount with its language's decimal sign and no grouping: "1234,50" in Greek, "1234.50" in
   * English.
   */
  public static String plain(BigDecimal amount, Locale locale) {
    return amount == null
        ? null
        : new DecimalFormat("0.00#######", DecimalFormatSymbols.getInstance(locale)).format(amount);
  }
}
