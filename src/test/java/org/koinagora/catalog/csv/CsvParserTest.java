package org.koinagora.catalog.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  @Test
  void theHeaderLineDecidesTheSeparatorAndABomIsIgnored() {
    var rows = CsvParser.parse("\uFEFFa;b;c\n1;2,5;3\n");
    assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
    assertEquals(List.of("1", "2,5", "3"), rows.get(1).fields());
    assertEquals(List.of("x", "y"), CsvParser.parse("x,y\n").get(0).fields());
  }

  @Test
  void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
    var rows = CsvParser.parse("a;b\r\n\"one; two\";\"say \"\"hi\"\"\nnext line\"\r\nlast;row\r\n");
    assertEquals(List.of("one; two", "say \"hi\"\nnext line"), rows.get(1).fields());
    assertEquals(4, rows.get(2).line(), "line numbers count the line break inside quotes");
  }

  @Test
  void blankLinesAreSkipped() {
    assertEquals(2, CsvParser.parse("a;b\n\n;\n1;2\n").size());
  }

  @Test
  void headerNamesMatchWhateverTheCaseAccentsOrPunctuation() {
    assertEquals("τιτλοσαγγλικα", ListingCsvImport.normalise("Τίτλος (Αγγλικά)"));
    assertEquals("titleen", ListingCsvImport.normalise(" Title_EN "));
    assertEquals("φπα", ListingCsvImport.normalise("ΦΠΑ"));
  }
}
