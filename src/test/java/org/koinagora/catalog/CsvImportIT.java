package org.koinagora.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Member;

/** Importing listings from spreadsheets: headers, separators, BOM, row errors, all-or-nothing. */
class CsvImportIT extends DeployedWarIT {

  static final String GREEK_WITH_BOM =
      "\uFEFFΕίδος;Τίτλος;Τίτλος"
          + " (αγγλικά);Περιγραφή;Τιμή;ΦΠΑ;Μονάδα;Απόθεμα;Κατηγορία;Χαρακτηριστικά\r\n"
          + "προϊόν;Μέλι ερείκης;Heather honey;\"Μέλι από ρείκι;\n"
          + "μαζεμένο το φθινόπωρο.\";11,20;13;τεμάχιο;7;food/honey;Χειροποίητο|local\r\n"
          + "υπηρεσία;Catering γάμου;;Γεύμα για 50 άτομα.;900;24;;;services/catering;\r\n";

  static final String ENGLISH_COMMAS =
      "kind,title_el,description_el,price,vat_rate,unit,stock,category,tags,status\n"
          + "PRODUCT,Ελιές θρούμπες,Ελιές"
          + " Θάσου.,\"6,40\",13,PIECE,20,food/olive-oil,local,ACTIVE\n";

  @Test
  void aGreekFileWithBomSemicolonsAndAQuotedLineBreakImportsEveryRow() throws Exception {
    Member member = Member.of(base, "csv-greek", true);
    var preview =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings/import?dryRun=true",
                bytes(GREEK_WITH_BOM),
                "text/csv",
                member.token());
    assertEquals(200, preview.statusCode(), preview.body());
    assertEquals(2, Client.json(preview).getInt("valid"));
    assertEquals(0L, count(member.enterpriseId()), "a dry run saves nothing");

    var imported =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings/import", bytes(GREEK_WITH_BOM), "text/csv", member.token());
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(2, Client.json(imported).getInt("imported"));
    assertEquals(2L, count(member.enterpriseId()));
    assertEquals(
        "Μέλι από ρείκι;\nμαζεμένο το φθινόπωρο.",
        Database.value(
            "SELECT description_el FROM listing WHERE title_el = ? AND enterprise_id = ?",
            "Μέλι ερείκης",
            member.enterpriseId()));
    assertEquals(
        0,
        new BigDecimal("11.20")
            .compareTo(
                (BigDecimal)
                    Database.value(
                        "SELECT price FROM listing WHERE title_el = ? AND enterprise_id = ?",
                        "Μέλι ερείκης",
                        member.enterpriseId())));
    assertEquals(
        "SESSION",
        Database.value(
            "SELECT unit FROM listing WHERE title_el = ? AND enterprise_id = ?",
            "Catering γάμου",
            member.enterpriseId()));
    assertEquals(
        2L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM listing_tag t JOIN listing l ON l.id = t.listing_id WHERE"
                        + " l.title_el = ? AND l.enterprise_id = ?",
                    "Μέλι ερείκης",
                    member.enterpriseId()))
            .longValue());
  }

  @Test
  void anEnglishFileWithCommasImports() throws Exception {
    Member member = Member.of(base, "csv-english", true);
    var imported =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings/import", bytes(ENGLISH_COMMAS), "text/csv", member.token());
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(1L, count(member.enterpriseId()));
  }

  @Test
  void anOptionalWeightColumnGivesEachProductItsShippingWeight() throws Exception {
    Member member = Member.of(base, "csv-weight", true);
    String file =
        "title;description;price;vat;category;weight_grams\n"
            + "Θυμαρίσιο μέλι;Βάζο 450 γρ.;9;13;food/honey;600\n"
            + "Σαπούνι ελαιολάδου;Χωρίς άρωμα.;3;24;cosmetics/soap;\n";
    var imported =
        member
            .client()
            .postBytes("/api/v1/me/listings/import", bytes(file), "text/csv", member.token());
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(2L, count(member.enterpriseId()));
    assertEquals(
        600,
        Database.value(
            "SELECT weight_grams FROM listing WHERE title_el = ? AND enterprise_id = ?",
            "Θυμαρίσιο μέλι",
            member.enterpriseId()));
    assertNull(
        Database.value(
            "SELECT weight_grams FROM listing WHERE title_el = ? AND enterprise_id = ?",
            "Σαπούνι ελαιολάδου",
            member.enterpriseId()),
        "an empty cell: no weight");
  }

  @Test
  void aWrongWeightIsReportedOnItsRowUnderAGreekHeader() throws Exception {
    Member member = Member.of(base, "csv-weight-wrong", true);
    String file =
        "τίτλος;περιγραφή;τιμή;φπα;κατηγορία;βάρος (γραμμάρια)\n"
            + "Μέλι;Βάζο.;9;13;food/honey;βαρύ\n"
            + "Γύρη;Βάζο.;9;13;food/honey;0\n"
            + "Κερί;Πλάκα.;6;24;food/honey;250\n";
    var refused =
        member
            .client()
            .postBytes("/api/v1/me/listings/import", bytes(file), "text/csv", member.token());
    assertEquals(400, refused.statusCode(), refused.body());
    var rows = Client.json(refused).getJsonArray("rows");
    assertEquals(
        "weight_grams",
        rows.getJsonObject(0).getJsonArray("errors").getJsonObject(0).getString("column"),
        rows.toString());
    assertEquals(
        "weightGrams",
        rows.getJsonObject(1).getJsonArray("errors").getJsonObject(0).getString("column"),
        rows.toString());
    assertTrue(
        rows.getJsonObject(1).getJsonArray("errors").toString().contains("από 1 έως 100000"),
        rows.toString());
    assertTrue(rows.getJsonObject(2).getBoolean("valid"));
    assertEquals(0L, count(member.enterpriseId()), "all or nothing");
  }

  @Test
  void brokenRowsAreReportedByLineAndNothingIsImported() throws Exception {
    Member member = Member.of(base, "csv-broken", true);
    String file =
        "title;description;price;vat;category\n"
            + "Καλό προϊόν;Περιγραφή.;5;13;food/honey\n"
            + "Χωρίς τιμή;Περιγραφή.;;13;food/honey\n"
            + "Λάθος ΦΠΑ;Περιγραφή.;5;10;food/caviar\n";
    var refused =
        member
            .client()
            .postBytes("/api/v1/me/listings/import", bytes(file), "text/csv", member.token());
    assertEquals(400, refused.statusCode(), refused.body());
    var report = Client.json(refused);
    assertEquals("invalid_import", report.getString("error"));
    assertTrue(
        report.getString("message").contains("2 γραμμές έχουν λάθη"), report.getString("message"));
    var rows = report.getJsonArray("rows");
    assertTrue(rows.getJsonObject(0).getBoolean("valid"));
    assertEquals(3, rows.getJsonObject(1).getInt("line"));
    assertEquals(
        "price", rows.getJsonObject(1).getJsonArray("errors").getJsonObject(0).getString("column"));
    assertEquals(4, rows.getJsonObject(2).getInt("line"));
    String lineFour = rows.getJsonObject(2).getJsonArray("errors").toString();
    assertTrue(lineFour.contains("\"category\"") && lineFour.contains("\"vatRate\""), lineFour);
    assertEquals(0L, count(member.enterpriseId()), "all or nothing");
  }

  @Test
  void aMissingColumnOrAFileThatIsNotUtf8IsRefusedClearly() throws Exception {
    Member member = Member.of(base, "csv-bad", true);
    var missing =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings/import?dryRun=true",
                bytes("title;price\nΜέλι;5\n"),
                "text/csv",
                member.token());
    assertEquals(200, missing.statusCode());
    String errors = Client.json(missing).getJsonArray("rows").toString();
    assertTrue(errors.contains("Λείπει η στήλη «description_el»"), errors);

    byte[] latin1 =
        "title;description;price;vat;category\nCafé;Crème;5;13;food/honey\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 =
        member.client().postBytes("/api/v1/me/listings/import", latin1, "text/csv", member.token());
    assertEquals(400, notUtf8.statusCode());
    assertEquals("file", Client.json(notUtf8).getString("field"));
    assertFalse(Client.json(notUtf8).getString("message").isBlank());
    assertEquals(0L, count(member.enterpriseId()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long count(long enterpriseId) throws Exception {
    return ((Number)
            Database.value("SELECT COUNT(*) FROM listing WHERE enterprise_id = ?", enterpriseId))
        .longValue();
  }
}
