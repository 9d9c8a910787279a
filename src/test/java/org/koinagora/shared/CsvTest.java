package org.koinagora.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static final Locale GREEK = Locale.forLanguageTag("el-GR");

  @Test
  void aPhoneNumberNeedsNoApostropheToStayText() {
    assertEquals("0030 2371 022100", Csv.phone("+30 2371 022100"));
    assertEquals("2310 123456", Csv.phone(" 2310 123456 "));
    assertEquals("", Csv.phone(null));
  }

  @Test
  void aFormulaIsStillDefused() {
    assertEquals(
        "'=HYPERLINK(\"x\")",
        Csv.field("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
    assertEquals("'+SUM(A1)", Csv.phone("+SUM(A1)"));
  }

  @Test
  void amountsAreWrittenAsTheReadersSpreadsheetReadsThem() {
    assertEquals("1234,50", Csv.amount(new BigDecimal("1234.5"), GREEK));
    assertEquals("1234.50", Csv.amount(new BigDecimal("1234.5"), Locale.ENGLISH));
  }
}
