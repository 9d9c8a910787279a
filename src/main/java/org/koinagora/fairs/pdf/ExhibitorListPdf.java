package org.koinagora.fairs.pdf;

import static org.koinagora.shared.pdf.PdfFonts.text;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.koinagora.shared.pdf.PdfFonts;
import org.koinagora.shared.pdf.PdfMetadata;

/**
 * A fair's exhibitor list for printing: A4 landscape, the table's header repeated on every page.
 */
public final class ExhibitorListPdf {

  /** The lines above the table, formatted by the caller; {@code language} is a tag such as "el". */
  public record Heading(
      String language,
      String fairTitle,
      String organiser,
      String venue,
      String when,
      String generatedAt) {}

  /**
   * One line of the table, an exhibitor or the column headings, every field already formatted in
   * the reader's language; null prints as empty.
   */
  public record Row(
      String stand,
      String enterprise,
      String email,
      String phone,
      String status,
      String fee,
      String feeReason,
      String checkedIn) {

    private List<String> cells() {
      return Stream.of(stand, enterprise, email, phone, status, fee, feeReason, checkedIn)
          .map(PdfFonts::text)
          .toList();
    }
  }

  /**
   * Words in the reader's language; the column headings are a row of their own. {@code total} and
   * {@code page} are {@link MessageFormat} patterns such as "Exhibitors: {0}" and "Page {0}" (an
   * apostrophe is written '').
   */
  public record Labels(String title, Row columns, String total, String page) {}

  private static final float[] COLUMN_WIDTHS = {9, 23, 17, 11, 10, 7, 14, 9};
  private static final int FEE_COLUMN = 5;
  private static final float CELL_SIZE = 8.5f;
  private static final Color STRIPE = new Color(0xf3, 0xf4, 0xf1);
  private static final float MARGIN = 36;
  private static final float FOOTER_MARGIN = 48;

  private ExhibitorListPdf() {}

  public static byte[] of(Heading heading, List<Row> rows, Labels labels) {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, FOOTER_MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    String name = text(heading.fairTitle()) + " – " + labels.title();
    PdfMetadata.describe(document, writer, heading.language(), name);
    Locale locale = Locale.forLanguageTag(heading.language());
    writer.setPageEvent(new Footer(name, new MessageFormat(labels.page(), locale)));
    document.open();
    headingLines(document, heading, labels);
    document.add(table(rows, labels));
    var total =
        new Paragraph(
            new MessageFormat(labels.total(), locale).format(new Object[] {rows.size()}),
            PdfFonts.bold(10, PdfFonts.INK));
    total.setSpacingBefore(8);
    document.add(total);
    document.close();
    return out.toByteArray();
  }

  private static void headingLines(Document document, Heading heading, Labels labels) {
    document.add(new Paragraph(text(heading.fairTitle()), PdfFonts.bold(18, PdfFonts.GREEN)));
    var title = new Paragraph(labels.title(), PdfFonts.bold(12, PdfFonts.INK));
    title.setSpacingAfter(4);
    document.add(title);
    String place =
        Stream.of(heading.organiser(), heading.venue(), heading.when())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining("  ·  "));
    if (!place.isEmpty()) {
      document.add(new Paragraph(place, PdfFonts.regular(9.5f, PdfFonts.MUTED)));
    }
    if (heading.generatedAt() != null && !heading.generatedAt().isBlank()) {
      document.add(new Paragraph(heading.generatedAt(), PdfFonts.regular(8, PdfFonts.MUTED)));
    }
  }

  private static PdfPTable table(List<Row> rows, Labels labels) {
    var table = new PdfPTable(COLUMN_WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setHeaderRows(1);
    Font headerFont = PdfFonts.bold(CELL_SIZE, Color.WHITE);
    addRow(table, labels.columns().cells(), headerFont, headerFont, PdfFonts.GREEN);
    Font bold = PdfFonts.bold(CELL_SIZE, PdfFonts.INK);
    Font regular = PdfFonts.regular(CELL_SIZE, PdfFonts.INK);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      addRow(table, row.cells(), bold, regular, i % 2 == 1 ? STRIPE : Color.WHITE);
    }
    return table;
  }

  /** The stand, in the first column, stands out; the fee lines up on the right. */
  private static void addRow(
      PdfPTable table, List<String> values, Font first, Font rest, Color background) {
    for (int column = 0; column < values.size(); column++) {
      PdfPCell cell = cell(values.get(column), column == 0 ? first : rest, background);
      if (column == FEE_COLUMN) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPaddingRight(10);
      }
      table.addCell(cell);
    }
  }

  private static PdfPCell cell(String value, Font font, Color background) {
    var cell = new PdfPCell(new Phrase(value, font));
    cell.setBackgroundColor(background);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(PdfFonts.LINE);
    cell.setBorderWidth(0.5f);
    cell.setPaddingTop(3);
    cell.setPaddingBottom(5);
    cell.setPaddingLeft(4);
    cell.setPaddingRight(4);
    return cell;
  }

  /** The document's name on the left and the page number on the right, under a thin line. */
  private static final class Footer extends PdfPageEventHelper {

    private final String name;
    private final MessageFormat page;

    Footer(String name, MessageFormat page) {
      this.name = name;
      this.page = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 24;
      canvas.saveState();
      canvas.setColorStroke(PdfFonts.LINE);
      canvas.setLineWidth(0.5f);
      canvas.moveTo(document.left(), y + 12);
      canvas.lineTo(document.right(), y + 12);
      canvas.stroke();
      canvas.restoreState();
      Font font = PdfFonts.regular(8, PdfFonts.MUTED);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(name, font), document.left(), y, 0);
      String number = page.format(new Object[] {writer.getPageNumber()});
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_RIGHT, new Phrase(number, font), document.right(), y, 0);
    }
  }
}
