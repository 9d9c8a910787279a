package org.koinagora.catalog;

import java.math.BigDecimal;
import org.koinagora.shared.InvalidInputException;

/** Reads prices as people type them: "12.50", "12,50", "12" (never through floating point). */
public final class Prices {

  private Prices() {}

  /** The amount, or null when nothing was typed; a field error when it is not a number. */
  public static BigDecimal parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String normalised = typed.strip().replace("€", "").strip().replace(',', '.');
    if (!normalised.matches("\\d{1,9}(\\.\\d{1,9})?")) {
      throw new InvalidInputException("price", "listing.price.invalid");
    }
    return new BigDecimal(normalised);
  }
}
