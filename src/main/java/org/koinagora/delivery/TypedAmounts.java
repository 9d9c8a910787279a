package org.koinagora.delivery;

import java.math.BigDecimal;
import java.util.Locale;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.TypedNumbers;

/** Euro amounts of delivery terms as typed ("4,50", "4.50 €"); a field error when not one. */
public final class TypedAmounts {

  private TypedAmounts() {}

  /** Null when nothing was typed. */
  public static Money read(String typed, Locale locale, String field) {
    if (TypedNumbers.isBlank(typed)) {
      return null;
    }
    BigDecimal amount =
        TypedNumbers.read(typed, locale)
            .filter(a -> a.scale() <= 2 && a.precision() - a.scale() <= 6)
            .orElseThrow(() -> new InvalidInputException(field, "delivery.amount.invalid"));
    return Money.euros(amount.setScale(2));
  }
}
