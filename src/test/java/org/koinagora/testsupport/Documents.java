package org.koinagora.testsupport;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Documents to upload: a real PDF, and files that only pretend to be one. */
public final class Documents {

  private Documents() {}

  /** A one-page PDF saying {@code text}. */
  public static byte[] pdf(String text) {
    var bytes = new ByteArrayOutputStream();
    var document = new Document();
    PdfWriter.getInstance(document, bytes);
    document.open();
    document.add(new Paragraph(text));
    document.close();
    return bytes.toByteArray();
  }

  /** Starts like a PDF and is not one. */
  public static byte[] brokenPdf() {
    return "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII);
  }
}
