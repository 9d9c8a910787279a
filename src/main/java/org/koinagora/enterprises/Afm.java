package org.koinagora.enterprises;

/**
 * The Greek tax number (ΑΦΜ): nine digits, the last a check digit. Each of the first eight digits
 * is weighted by a power of two (2^8 … 2^1); the sum modulo 11, then modulo 10, is the check digit.
 */
public final class Afm {

  private Afm() {}

  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{9}") || value.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (value.charAt(i) - '0') << (8 - i);
    }
    return (sum % 11) % 10 == value.charAt(8) - '0';
  }
}
