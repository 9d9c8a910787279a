package org.koinagora.invoicing;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.OrderPart;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.invoicing.mydata.MyDataCodes;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.pdf.PdfFonts;
import org.koinagora.shared.pdf.PdfMetadata;
import org.koinagora.shared.pdf.PdfQr;
import org.koinagora.shared.qr.QrCode;
import org.koinagora.shared.web.Formats;

/**
 * A receipt, invoice or cancellation as an A4 PDF, in Greek: the seller's identity (name, legal
 * form, ΑΦΜ, ΓΕΜΗ, address), the buyer (an invoice's business with its ΑΦΜ, ΔΟΥ and activity; a
 * public body's reference), the lines, VAT per rate with the note of an exemption, the totals, and
 * the MARK, UID and QR code myDATA gave it.
 */
final class SalesDocumentPdf {

  private static final Locale GREEK = Locale.forLanguageTag("el");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Athens"));
  private static final float QR_SIZE = 90;

  private SalesDocumentPdf() {}

  static byte[] of(SalesDocument document, VatRegime regime) {
    OrderPart part = document.getPart();
    CustomerOrder order = part.getOrder();
    Enterprise seller = part.getEnterprise();
    var out = new ByteArrayOutputStream();
    var pdf = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter writer = PdfWriter.getInstance(pdf, out);
    String title =
        text("invoice_pdf.kind." + document.getKind().name())
            + " "
            + document.getSeries()
            + "-"
            + document.getNumber();
    PdfMetadata.describe(pdf, writer, "el", title + " · " + seller.getName());
    pdf.open();
    pdf.add(paragraph(title, PdfFonts.bold(16, PdfFonts.GREEN), 2));
    pdf.add(
        paragraph(
            text("invoice_pdf.issued", DAY.format(document.getIssuedAt()))
                + " · "
                + text("invoice_pdf.order", order.getId()),
            PdfFonts.regular(9, PdfFonts.MUTED),
            10));
    if (document.getCancels() != null) {
      pdf.add(
          paragraph(
              text(
                  "invoice_pdf.cancels",
                  document.getCancels().getSeries() + "-" + document.getCancels().getNumber()),
              PdfFonts.bold(10, PdfFonts.INK),
              8));
    }

    PdfPTable parties = new PdfPTable(2);
    parties.setWidthPercentage(100);
    parties.addCell(box(text("invoice_pdf.seller"), sellerLines(seller)));
    parties.addCell(box(text("invoice_pdf.buyer"), buyerLines(order)));
    pdf.add(parties);

    PdfPTable lines = new PdfPTable(new float[] {46, 10, 14, 10, 20});
    lines.setWidthPercentage(100);
    lines.setSpacingBefore(12);
    lines.setHeaderRows(1);
    for (String heading :
        List.of(
            "invoice_pdf.line",
            "invoice_pdf.quantity",
            "invoice_pdf.price",
            "invoice_pdf.vat_rate",
            "invoice_pdf.total")) {
      lines.addCell(cell(text(heading), PdfFonts.bold(8, PdfFonts.INK), Element.ALIGN_LEFT, true));
    }
    for (OrderLine line : part.getLines()) {
      lines.addCell(cell(line.getTitle(), font(), Element.ALIGN_LEFT, false));
      lines.addCell(cell(line.amountText(), font(), Element.ALIGN_RIGHT, false));
      lines.addCell(cell(money(line.getUnitPrice()), font(), Element.ALIGN_RIGHT, false));
      lines.addCell(cell(line.getVatRate() + " %", font(), Element.ALIGN_RIGHT, false));
      lines.addCell(cell(money(line.total()), font(), Element.ALIGN_RIGHT, false));
    }
    pdf.add(lines);

    DocumentTotals totals = DocumentTotals.of(part.getLines());
    PdfPTable vat = new PdfPTable(new float[] {20, 40, 40});
    vat.setWidthPercentage(60);
    vat.setHorizontalAlignment(Element.ALIGN_RIGHT);
    vat.setSpacingBefore(10);
    for (String heading : List.of("invoice_pdf.vat_rate", "invoice_pdf.net", "invoice_pdf.vat")) {
      vat.addCell(cell(text(heading), PdfFonts.bold(8, PdfFonts.INK), Element.ALIGN_RIGHT, true));
    }
    for (Map.Entry<Integer, Money[]> rate : totals.byRate().entrySet()) {
      vat.addCell(cell(rate.getKey() + " %", font(), Element.ALIGN_RIGHT, false));
      vat.addCell(cell(money(rate.getValue()[0]), font(), Element.ALIGN_RIGHT, false));
      vat.addCell(cell(money(rate.getValue()[1]), font(), Element.ALIGN_RIGHT, false));
    }
    pdf.add(vat);
    pdf.add(
        paragraph(
            text("invoice_pdf.net_total", money(totals.net()))
                + "   "
                + text("invoice_pdf.vat_total", money(totals.vat())),
            PdfFonts.regular(10, PdfFonts.INK),
            2,
            Element.ALIGN_RIGHT));
    pdf.add(
        paragraph(
            text("invoice_pdf.gross_total", money(totals.gross())),
            PdfFonts.bold(13, PdfFonts.INK),
            10,
            Element.ALIGN_RIGHT));
    if (totals.byRate().containsKey(0) && regime != VatRegime.NORMAL) {
      pdf.add(
          paragraph(
              MyDataCodes.exemptionNote(MyDataSender.exemption(regime), true),
              PdfFonts.bold(9, PdfFonts.INK),
              8));
    }
    myData(pdf, writer, document);
    pdf.close();
    return out.toByteArray();
  }

  private static void myData(Document pdf, PdfWriter writer, SalesDocument document) {
    switch (document.getMyDataStatus()) {
      case NONE -> pdf.add(paragraph(text("invoice_pdf.no_mydata"), small(), 0));
      case PENDING, FAILED -> pdf.add(paragraph(text("invoice_pdf.mydata_pending"), small(), 0));
      case SENT -> {
        pdf.add(paragraph("MARK: " + document.getMark(), PdfFonts.bold(10, PdfFonts.INK), 2));
        if (document.getUid() != null) {
          pdf.add(paragraph("UID: " + document.getUid(), small(), 2));
        }
        if (document.getQrUrl() != null) {
          PdfQr.draw(
              writer.getDirectContent(), QrCode.modules(document.getQrUrl()), 40, 40, QR_SIZE);
          pdf.add(paragraph(document.getQrUrl(), small(), 0));
        }
      }
    }
  }

  private static List<String> sellerLines(Enterprise seller) {
    List<String> lines = new ArrayList<>();
    lines.add(seller.getLegalName() == null ? seller.getName() : seller.getLegalName());
    lines.add(Texts.get(GREEK, "LegalForm." + seller.getLegalForm().name()));
    lines.add(text("invoice_pdf.afm", seller.getVatNumber()));
    if (seller.getGemiNumber() != null) {
      lines.add(text("invoice_pdf.gemi", seller.getGemiNumber()));
    }
    if (seller.postalAddress() != null && !seller.postalAddress().isBlank()) {
      lines.add(seller.postalAddress());
    }
    return lines;
  }

  private static List<String> buyerLines(CustomerOrder order) {
    List<String> lines = new ArrayList<>();
    if (order.getBuyerAfm() != null) {
      lines.add(
          order.getBuyerBusinessName() == null
              ? order.getBuyerName()
              : order.getBuyerBusinessName());
      lines.add(text("invoice_pdf.afm", order.getBuyerAfm()));
      if (order.getBuyerDoy() != null) {
        lines.add(text("invoice_pdf.doy", order.getBuyerDoy()));
      }
      if (order.getBuyerActivity() != null) {
        lines.add(text("invoice_pdf.activity", order.getBuyerActivity()));
      }
      if (order.getBuyerAddress() != null) {
        lines.add(order.getBuyerAddress());
      }
      if (order.getBuyerReference() != null) {
        lines.add(text("invoice_pdf.reference", order.getBuyerReference()));
      }
    } else {
      lines.add(order.getBuyerName());
      lines.add(order.getEmail());
    }
    return lines;
  }

  private static PdfPCell box(String heading, List<String> lines) {
    PdfPCell cell = new PdfPCell();
    cell.setBorderColor(PdfFonts.LINE);
    cell.setPadding(6);
    cell.addElement(paragraph(heading, PdfFonts.bold(9, PdfFonts.GREEN), 2));
    for (String line : lines) {
      cell.addElement(paragraph(line, font(), 0));
    }
    return cell;
  }

  private static PdfPCell cell(String value, Font font, int align, boolean heading) {
    PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.text(value), font));
    cell.setHorizontalAlignment(align);
    cell.setPadding(4);
    cell.setBorderColor(PdfFonts.LINE);
    cell.setBorder(heading ? Rectangle.BOTTOM : Rectangle.BOTTOM);
    if (heading) {
      cell.setBackgroundColor(new Color(0xee, 0xf3, 0xee));
    }
    return cell;
  }

  private static Paragraph paragraph(String value, Font font, float after) {
    return paragraph(value, font, after, Element.ALIGN_LEFT);
  }

  private static Paragraph paragraph(String value, Font font, float after, int align) {
    var paragraph = new Paragraph(font.getSize() * 1.3f, PdfFonts.text(value), font);
    paragraph.setSpacingAfter(after);
    paragraph.setAlignment(align);
    return paragraph;
  }

  private static Font font() {
    return PdfFonts.regular(9, PdfFonts.INK);
  }

  private static Font small() {
    return PdfFonts.regular(8, PdfFonts.MUTED);
  }

  private static String money(Money amount) {
    return Formats.moneyIn(amount, GREEK);
  }

  private static String text(String key, Object... arguments) {
    return Texts.get(GREEK, key, arguments);
  }
}
