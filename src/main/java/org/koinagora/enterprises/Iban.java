package org.koinagora.enterprises;

import java.math.BigInteger;
import java.util.Locale;

/**
 * International bank account numbers: written with spaces or without, checked with ISO 13616's mod
 * 97.
 */
public final class Iban {

  public static final int MAX = 34;

  private Iban() {}

  /** Without spaces, upper case: how it is stored. */
  public static String normalise(String iban) {
    return iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isValid(String iban) {
    String compact = normalise(iban);
    if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")
        || ("GR".equals(compact.substring(0, 2)) && compact.length() != 27)) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** In groups of four, as people read it. */
  public static String grouped(String iban) {
    return iban == null ? null : iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
