package org.koinagora.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koinagora.shared.TableArchive.Table;

class TableArchiveTest {

  @Test
  void columnsAreNamedAndSelectedFromPairsOrPlainNames() {
    var table = new Table("orders", "part_id=p.id  email=o.email\n status", "FROM x");
    assertEquals(List.of("part_id", "email", "status"), table.names());
    assertEquals(List.of("p.id", "o.email", "status"), table.expressions());
  }

  @Test
  void fieldsWithTheSeparatorQuotesOrLineBreaksAreQuotedAndValuesKeepTheirExactForm() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", "Μέλι; \"βουνού\"");
    row.put("note", "two\nlines");
    row.put("price", new BigDecimal("10.50"));
    row.put("at", Timestamp.from(Instant.parse("2026-12-07T10:00:00Z")));
    row.put("empty", null);
    assertEquals(
        "\uFEFFtitle;note;price;at;empty\r\n"
            + "\"Μέλι; \"\"βουνού\"\"\";\"two\nlines\";10.50;2026-12-07T10:00:00Z;\r\n",
        TableArchive.csv(List.copyOf(row.keySet()), List.of(row)));
    assertEquals(
        "{\"title\":\"Μέλι; \\\"βουνού\\\"\",\"note\":\"two\\nlines\",\"price\":10.50,"
            + "\"at\":\"2026-12-07T10:00:00Z\",\"empty\":null}",
        TableArchive.json(row).toString());
  }

  /**
   * The CSV opens safely in a spreadsheet, as the sales and exhibitor CSVs do; the JSON keeps each
   * value exact.
   */
  @Test
  void csvDefusesFormulasAndWritesPhonesAsSpreadsheetsKeepThemWhileJsonStaysExact() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", "=HYPERLINK(\"http://x\")");
    row.put("note", "@SUM(A1)");
    row.put("phone", "+30 210 1234567");
    row.put("contact_phone", "-1");
    row.put("fee", new BigDecimal("-5.00"));
    row.put("stock", -1L);
    assertEquals(
        "\uFEFFtitle;note;phone;contact_phone;fee;stock\r\n"
            + "\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(A1);0030 210 1234567;'-1;-5.00;-1\r\n",
        TableArchive.csv(List.copyOf(row.keySet()), List.of(row)));
    assertEquals(
        "{\"title\":\"=HYPERLINK(\\\"http://x\\\")\",\"note\":\"@SUM(A1)\","
            + "\"phone\":\"+30 210 1234567\",\"contact_phone\":\"-1\",\"fee\":-5.00,"
            + "\"stock\":-1}",
        TableArchive.json(row).toString());
  }
}
