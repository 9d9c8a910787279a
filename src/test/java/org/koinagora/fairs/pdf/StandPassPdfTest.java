package org.koinagora.fairs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.pdf.StandPassPdf.Pass;
import org.koinagora.testsupport.QrScanner;

class StandPassPdfTest {

  private static final String URL = "http://localhost:8080/fairs/12/stands/A3";
  private static final String ENTERPRISE =
      "Κοινωνική Συνεταιριστική Επιχείρηση Αλληλεγγύης «Αγρόκτημα Ζωής»";

  @Test
  void thePassIsOnePageWithTheStandTheEnterpriseAndTheLink() throws IOException {
    var reader = new PdfReader(StandPassPdf.of(pass("A3", ENTERPRISE, URL)));

    assertEquals(1, reader.getNumberOfPages());
    String text = text(reader);
    assertTrue(text.contains("Περίπτερο A3"), text);
    assertTrue(text.contains(ENTERPRISE), text);
    assertTrue(text.contains(URL), text);
    assertEquals("el", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    var link = reader.getPageN(1).getAsArray(PdfName.ANNOTS).getAsDict(0).getAsDict(PdfName.A);
    assertEquals(
        URL, link.getAsString(PdfName.URI).toUnicodeString(), "the printed URL is a link too");
  }

  @Test
  void thePrintedCodeScansToTheUrl() throws IOException {
    String greekUrl = "https://koinagora.gr/εκθέσεις/12/περίπτερα/Α3";

    assertEquals(URL, QrScanner.scan(render(StandPassPdf.of(pass("A3", ENTERPRISE, URL)))));
    assertEquals(
        greekUrl, QrScanner.scan(render(StandPassPdf.of(pass("A3", ENTERPRISE, greekUrl)))));
  }

  @Test
  void longNamesShrinkTheTextButKeepOnePageAndAScannableCode() throws IOException {
    String enterprise =
        "Κοινωνική Συνεταιριστική Επιχείρηση Συλλογικής και Κοινωνικής Ωφέλειας "
            + "«Αγρόκτημα Ζωής και Αλληλέγγυας Οικονομίας της Δυτικής Θεσσαλονίκης»";
    String stand = "ΑΙΘΟΥΣΑ-Β-112";
    byte[] pdf =
        StandPassPdf.of(pass(stand, enterprise, URL + "?utm_source=printed-pass&utm_medium=qr"));

    var reader = new PdfReader(pdf);
    assertEquals(1, reader.getNumberOfPages());
    String text = text(reader);
    assertTrue(text.contains(enterprise), text);
    assertTrue(text.contains(stand), text);
    assertEquals(URL + "?utm_source=printed-pass&utm_medium=qr", QrScanner.scan(render(pdf)));
  }

  private static Pass pass(String stand, String enterprise, String url) {
    return new Pass(
        "el",
        "Κάρτα εκθέτη",
        "Γιορτή Κοινωνικής Οικονομίας 2025",
        "12–14 Μαΐου 2025, 10:00–21:00",
        "Πλατεία Αριστοτέλους, Θεσσαλονίκη",
        "Περίπτερο",
        stand,
        enterprise,
        "Επιβεβαιωμένη κράτηση · Τέλος 25,00 €",
        url,
        "Σαρώστε για να ανοίξει το κατάστημα");
  }

  private static String text(PdfReader reader) throws IOException {
    return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
  }

  /** The page as a printer at 150 dpi would put it on paper. */
  private static BufferedImage render(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(0, 150);
    }
  }
}
