package org.koinagora.fairs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.pdf.ExhibitorListPdf.Heading;
import org.koinagora.fairs.pdf.ExhibitorListPdf.Labels;
import org.koinagora.fairs.pdf.ExhibitorListPdf.Row;

class ExhibitorListPdfTest {

  private static final String KOINSEP = "Κοινωνική Συνεταιριστική Επιχείρηση Αλληλεγγύης";
  private static final String FARM = "Αγρόκτημα Ζωής";
  private static final Labels GREEK =
      new Labels(
          "Κατάλογος εκθετών",
          new Row(
              "Περίπτερο",
              "Επιχείρηση",
              "Email",
              "Τηλέφωνο",
              "Κατάσταση",
              "Τέλος",
              "Αιτία τέλους",
              "Άφιξη"),
          "Εκθέτες: {0}",
          "Σελίδα {0}");

  @Test
  void aLongListRunsOverSeveralPagesWithTheHeaderRowAndPageNumberOnEach() throws IOException {
    var reader = new PdfReader(ExhibitorListPdf.of(heading("el"), rows(120), GREEK));
    int pages = reader.getNumberOfPages();

    assertTrue(pages > 1, "120 exhibitors do not fit one page");
    for (int page = 1; page <= pages; page++) {
      String text = text(reader, page);
      assertTrue(
          text.contains("Περίπτερο Επιχείρηση Email Τηλέφωνο Κατάσταση Τέλος"),
          "header on page " + page);
      assertTrue(text.contains("Σελίδα " + page), "number on page " + page);
    }
    assertTrue(text(reader, pages).contains("Εκθέτες: 120"));
  }

  @Test
  void greekNamesAreTextInEmbeddedFonts() throws IOException {
    var reader = new PdfReader(ExhibitorListPdf.of(heading("el"), rows(120), GREEK));
    String first = text(reader, 1);

    assertTrue(first.contains("Γιορτή Κοινωνικής Οικονομίας"), first);
    assertTrue(first.contains(KOINSEP), first);
    assertTrue(first.contains(FARM), first);
    assertTrue(text(reader, 2).contains(FARM));
    PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
    for (PdfName name : fonts.getKeys()) {
      PdfDictionary font = fonts.getAsDict(name);
      assertEquals(new PdfName("Identity-H"), font.getAsName(PdfName.ENCODING));
      PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
      assertNotNull(
          descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2), "embedded " + name);
    }
  }

  @Test
  void theDocumentCarriesItsLanguageAndTitle() throws IOException {
    var reader = new PdfReader(ExhibitorListPdf.of(heading("en"), rows(3), GREEK));

    assertEquals("en", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    assertEquals(
        "Γιορτή Κοινωνικής Οικονομίας 2025 – Κατάλογος εκθετών", reader.getInfo().get("Title"));
  }

  @Test
  void anEmptyListAndMissingFieldsStillPrint() throws IOException {
    var english =
        new Labels(
            "Exhibitors",
            new Row(
                "Stand",
                "Enterprise",
                "Email",
                "Phone",
                "Status",
                "Fee",
                "Fee reason",
                "Checked in"),
            "Exhibitors: {0}",
            "Page {0}");
    var spring = new Heading("en", "Spring fair", null, null, null, null);
    var noOne = new PdfReader(ExhibitorListPdf.of(spring, List.of(), english));
    assertEquals(1, noOne.getNumberOfPages());
    assertTrue(text(noOne, 1).contains("Exhibitors: 0"));

    var sparse = new Row("B7", FARM, null, null, null, null, null, null);
    var one = new PdfReader(ExhibitorListPdf.of(heading("en"), List.of(sparse), english));
    assertTrue(text(one, 1).contains("B7 " + FARM));
  }

  private static Heading heading(String language) {
    return new Heading(
        language,
        "Γιορτή Κοινωνικής Οικονομίας 2025",
        "Δήμος Θεσσαλονίκης",
        "Πλατεία Αριστοτέλους",
        "12–14 Μαΐου 2025",
        "Δημιουργήθηκε 10/05/2025 18:30");
  }

  private static List<Row> rows(int count) {
    var rows = new ArrayList<Row>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          new Row(
              "A" + i,
              i % 2 == 0 ? FARM : KOINSEP,
              "info" + i + "@example.gr",
              "2310 123456",
              "Επιβεβαιωμένη",
              "25,00 €",
              i % 3 == 0 ? "Μειωμένο τέλος ΚοινΣΕπ" : null,
              i % 4 == 0 ? "12/05 09:14" : ""));
    }
    return rows;
  }

  /** A page's text with line breaks and runs of spaces as one space, as a cell may wrap a name. */
  private static String text(PdfReader reader, int page) throws IOException {
    return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
  }
}
