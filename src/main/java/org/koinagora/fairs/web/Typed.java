package org.koinagora.fairs.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.koinagora.shared.InvalidInputException;

/**
 * What an organiser types into the fairs' forms, read as numbers, amounts and choices; a wrong
 * value names its field and the message key that says what it needs.
 */
final class Typed {

  private Typed() {}

  /** The stripped text, or null when nothing was typed. */
  static String text(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /** A whole number, or null when nothing or something else was typed. */
  static Integer wholeNumber(String typed) {
    try {
      return text(typed) == null ? null : Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A decimal, with a comma or a point before the fraction, or null when none was typed. */
  static BigDecimal decimal(String typed) {
    try {
      return text(typed) == null ? null : new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole number that must be given. */
  static int number(String typed, String field, String key) {
    Integer number = wholeNumber(typed);
    if (number == null) {
      throw new InvalidInputException(field, key);
    }
    return number;
  }

  /** A decimal that may be left out, but not typed wrong. */
  static BigDecimal optionalDecimal(String typed, String field, String key) {
    BigDecimal value = decimal(typed);
    if (value == null && text(typed) != null) {
      throw new InvalidInputException(field, key);
    }
    return value;
  }

  /** A stand's price in euros: 0 for a free stand, never left out. */
  static BigDecimal price(String typed, String field) {
    BigDecimal value = decimal(typed);
    if (value == null) {
      throw new InvalidInputException(field, "stand.price.invalid");
    }
    return value;
  }

  /**
   * Checkbox lists arrive as names: a list does not tell Faces the type of its elements. None
   * ticked is null.
   */
  static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
    Set<E> values = EnumSet.noneOf(type);
    if (names != null) {
      names.forEach(name -> values.add(Enum.valueOf(type, name)));
    }
    return values.isEmpty() ? null : values;
  }
}
