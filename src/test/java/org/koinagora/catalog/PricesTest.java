package org.koinagora.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koinagora.shared.i18n.Numbers;

class PricesTest {

  private static final Locale GREEK = Locale.forLanguageTag("el-GR");

  @Test
  void aPriceTypedWithACommaIsShownBackWithACommaInGreek() {
    BigDecimal typed = Prices.parse("11,40");
    assertEquals("11,40", Numbers.plain(typed, GREEK));
    assertEquals("11.40", Numbers.plain(typed, Locale.ENGLISH));
  }

  @Test
  void writtenPricesHaveNoGroupingAndKeepEveryDecimal() {
    assertEquals("1234,50", Numbers.plain(new BigDecimal("1234.5"), GREEK));
    assertEquals("0,125", Numbers.plain(new BigDecimal("0.125"), GREEK));
    assertEquals(
        new BigDecimal("1234.50"), Prices.parse(Numbers.plain(new BigDecimal("1234.50"), GREEK)));
  }
}
