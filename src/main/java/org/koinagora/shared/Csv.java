package org.koinagora.shared;

/** Fields of the CSV files people open in spreadsheet programs. */
public final class Csv {

  private Csv() {}

  /** Quotes a field when it holds the separator, a quote or a line break; a leading = + - @ is defused. */
  public static String field(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
