package org.koinagora.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumbersTest {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  @ParameterizedTest(name = "el \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1500|1500",
        "1.500|1500",
        "1.500,50|1500.50",
        "1,5|1.5",
        "2.5|2.5",
        "12.50|12.50",
        "1,200|1.200",
        "0.500|0.500",
        "1500,000|1500.000",
        "1.000.000|1000000",
        "1,500.50|1500.50",
        "' 1 500 € '|1500",
        "'12,50€'|12.50",
        "'1 234,5'|1234.5",
        "0|0",
        "007|7",
      })
  void greek(String typed, String expected) {
    assertEquals(Optional.of(new BigDecimal(expected)), TypedNumbers.read(typed, GREEK));
  }

  @ParameterizedTest(name = "en \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1500|1500",
        "1,200|1200",
        "1.500|1.500",
        "1.500,50|1500.50",
        "1,500.50|1500.50",
        "1,5|1.5",
        "2.5|2.5",
        "1,000,000|1000000",
        "'2.50 €'|2.50",
      })
  void english(String typed, String expected) {
    assertEquals(Optional.of(new BigDecimal(expected)), TypedNumbers.read(typed, Locale.ENGLISH));
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(
      strings = {
        "",
        "   ",
        "€",
        "abc",
        "12a",
        "-5",
        "+5",
        "1e3",
        ",5",
        "5,",
        "5.",
        "1..5",
        "1,,5",
        "1.5.0",
        "1.50.000",
        "15.00,5",
        "1.500,5,0",
        "1,500,50",
        "1,5.000",
        "01.500,5",
        "€12",
        "12 € 50",
        "1.234.56",
        "δώδεκα",
        "1234567890123456789012345678901234567890123",
      })
  void wrongInputIsNotRead(String typed) {
    assertTrue(TypedNumbers.read(typed, GREEK).isEmpty(), "el");
    assertTrue(TypedNumbers.read(typed, Locale.ENGLISH).isEmpty(), "en");
    assertTrue(TypedNumbers.read(typed, Locale.ROOT).isEmpty(), "root");
  }

  @ParameterizedTest(name = "a program''s \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"12.50|12.50", "12,50|12.50", "1.234|1.234", "1,234|1.234", "7|7"})
  void programsNeverGroupThousands(String typed, String expected) {
    assertEquals(Optional.of(new BigDecimal(expected)), TypedNumbers.read(typed, Locale.ROOT));
    assertEquals(Optional.of(new BigDecimal(expected)), TypedNumbers.read(typed, null));
  }

  @ParameterizedTest(name = "a program''s \"{0}\" is not read")
  @ValueSource(strings = {"1.234,50", "1,000,000", "1.000.000"})
  void programsCannotGroup(String typed) {
    assertTrue(TypedNumbers.read(typed, Locale.ROOT).isEmpty());
  }

  @ParameterizedTest(name = "\"{0}\" written in Greek reads back")
  @ValueSource(strings = {"0.01", "12.5", "1234.50", "999999.99", "0.125"})
  void whatKoinagoraWritesReadsBack(String amount) {
    BigDecimal value = new BigDecimal(amount);
    for (Locale locale : new Locale[] {GREEK, Locale.ENGLISH}) {
      assertEquals(
          0,
          value.compareTo(TypedNumbers.read(Numbers.plain(value, locale), locale).orElseThrow()),
          locale.toString());
    }
  }
}
