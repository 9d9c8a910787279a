package org.koinagora.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What readers and screen readers announce first: the document's title (not its file name) and
 * language.
 */
public final class PdfMetadata {

  private PdfMetadata() {}

  /** Call before the document is opened. */
  public static void describe(Document document, PdfWriter writer, String language, String title) {
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("a PDF needs its language, such as \"el\"");
    }
    document.addTitle(title);
    document.addCreator("Koinagora");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
  }
}
