package org.koinagora.fairs.pdf;

import static org.koinagora.shared.pdf.PdfFonts.text;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.koinagora.shared.pdf.PdfFonts;
import org.koinagora.shared.pdf.PdfMetadata;
import org.koinagora.shared.pdf.PdfQr;
import org.koinagora.shared.qr.QrCode;

/**
 * An exhibitor's pass for the stand: A5 portrait, the stand code large enough to read across an
 * aisle and a QR code that opens the exhibitor's shop. Always one page: long names shrink the text
 * above the QR code, never the code itself.
 */
public final class StandPassPdf {

  /**
   * Every field is text in the pass's language, formatted by the caller; {@code language} is a tag
   * such as "el".
   */
  public record Pass(
      String language,
      String heading,
      String fairTitle,
      String when,
      String venue,
      String standLabel,
      String standCode,
      String enterprise,
      String statusLine,
      String url,
      String scanHint) {}

  private static final float MARGIN = 36;
  private static final float MM = 72 / 25.4f;

  /** The dark modules' square; the quiet zone is left blank around it. */
  private static final float QR_SIZE = 56 * MM;

  private static final float UNDER_QR = 48;
  private static final float STAND_CODE_SIZE = 96;

  private StandPassPdf() {}

  public static byte[] of(Pass pass) {
    var out = new ByteArrayOutputStream();
    Rectangle page = PageSize.A5;
    var document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    PdfMetadata.describe(
        document,
        writer,
        pass.language(),
        text(pass.heading()) + " – " + text(pass.standLabel()) + " " + text(pass.standCode()));
    document.open();
    PdfContentByte canvas = writer.getDirectContent();
    BitMatrix modules = QrCode.modules(pass.url());
    float quietZone = QrCode.QUIET_ZONE * QR_SIZE / modules.getWidth();
    float qrBottom = MARGIN + UNDER_QR + quietZone;
    PdfQr.draw(canvas, modules, (page.getWidth() - QR_SIZE) / 2, qrBottom, QR_SIZE);
    underQr(canvas, pass, page, qrBottom - quietZone).go();
    textAbove(canvas, pass, page, qrBottom + QR_SIZE + quietZone);
    document.close();
    return out.toByteArray();
  }

  /** The largest text scale at which everything above the code fits; the column is then drawn. */
  private static void textAbove(PdfContentByte canvas, Pass pass, Rectangle page, float bottom) {
    float scale = 1;
    while (scale > 0.5f
        && ColumnText.hasMoreText(textColumn(canvas, pass, page, bottom, scale).go(true))) {
      scale -= 0.05f;
    }
    textColumn(canvas, pass, page, bottom, scale).go();
  }

  private static ColumnText textColumn(
      PdfContentByte canvas, Pass pass, Rectangle page, float bottom, float scale) {
    var column = new ColumnText(canvas);
    float width = page.getWidth() - 2 * MARGIN;
    column.setSimpleColumn(MARGIN, bottom, page.getWidth() - MARGIN, page.getHeight() - MARGIN);
    column.setUseAscender(true);
    column.addElement(line(pass.heading(), PdfFonts.bold(12 * scale, PdfFonts.GREEN), 6 * scale));
    column.addElement(line(pass.fairTitle(), PdfFonts.bold(20 * scale, PdfFonts.INK), 4 * scale));
    column.addElement(line(pass.when(), PdfFonts.regular(11 * scale, PdfFonts.MUTED), 0));
    column.addElement(line(pass.venue(), PdfFonts.regular(11 * scale, PdfFonts.MUTED), 14 * scale));
    column.addElement(line(pass.standLabel(), PdfFonts.regular(12 * scale, PdfFonts.MUTED), 0));
    String code = text(pass.standCode());
    // a long code gets smaller rather than wrapping in the middle
    float codeSize =
        Math.min(
            STAND_CODE_SIZE * scale, width / Math.max(1, PdfFonts.BOLD.getWidthPoint(code, 1)));
    column.addElement(line(code, PdfFonts.bold(codeSize, PdfFonts.GREEN), codeSize, 10 * scale));
    column.addElement(line(pass.enterprise(), PdfFonts.bold(16 * scale, PdfFonts.INK), 4 * scale));
    column.addElement(line(pass.statusLine(), PdfFonts.regular(11 * scale, PdfFonts.MUTED), 0));
    return column;
  }

  /** The URL, a link as well, and what scanning it does. */
  private static ColumnText underQr(PdfContentByte canvas, Pass pass, Rectangle page, float top) {
    var column = new ColumnText(canvas);
    column.setSimpleColumn(MARGIN, MARGIN, page.getWidth() - MARGIN, top);
    column.setUseAscender(true);
    Font font = PdfFonts.regular(9, PdfFonts.INK);
    var url = new Paragraph(11, new Chunk(pass.url(), font).setAnchor(pass.url()));
    url.setAlignment(Element.ALIGN_CENTER);
    url.setSpacingAfter(3);
    column.addElement(url);
    column.addElement(line(pass.scanHint(), PdfFonts.regular(10, PdfFonts.MUTED), 0));
    return column;
  }

  private static Paragraph line(String value, Font font, float spacingAfter) {
    return line(value, font, font.getSize() * 1.2f, spacingAfter);
  }

  private static Paragraph line(String value, Font font, float leading, float spacingAfter) {
    var paragraph = new Paragraph(leading, text(value), font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }
}
