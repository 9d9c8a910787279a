package org.koinagora.catalog.rest;

import java.math.BigDecimal;

/** {@code {"amount":"12.50","currency":"EUR"}}: the amount as an exact decimal string. */
public record Money(String amount, String currency) {
  public static Money euros(BigDecimal amount) {
    return new Money(amount.toPlainString(), "EUR");
  }
}
