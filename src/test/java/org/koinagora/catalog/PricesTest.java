package org.koinagora.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koinagora.shared.InvalidInputException;
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

  @Test
  void aPersonGroupsThousandsAsTheirLanguageDoes() {
    assertEquals(new BigDecimal("1500"), Prices.parse("1.500", GREEK));
    assertEquals(new BigDecimal("1500.50"), Prices.parse("1.500,50 €", GREEK));
    assertEquals(new BigDecimal("1.500"), Prices.parse("1.500", Locale.ENGLISH));
    assertEquals(null, Prices.parse("  ", GREEK));
    assertThrows(InvalidInputException.class, () -> Prices.parse("1.50.0", GREEK));
    assertThrows(InvalidInputException.class, () -> Prices.parse("1234567890", GREEK));
  }

  @Test
  void aProgramsPriceHasNoThousands() {
    assertEquals(new BigDecimal("1.234"), Prices.parse("1.234"));
    assertEquals(new BigDecimal("12.50"), Prices.parse("12,50"));
    assertThrows(InvalidInputException.class, () -> Prices.parse("1.234,50"));
  }
}
