package org.koinagora.invoicing.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class MyDataXmlTest {

  private static final String INV = MyDataXml.NS_INVOICE;
  private static final String ICLS = MyDataXml.NS_INCOME;

  /** A retail receipt: goods at 13 %, a service at 24 %, goods of a small business at 0 %. */
  static MyDataInvoice receipt() {
    return new MyDataInvoice(
        "090000045",
        "ΑΛΠ-E7",
        42,
        LocalDate.of(2026, 12, 7),
        "11.1",
        null,
        MyDataInvoice.PAYMENT_CARD,
        List.of(
            new MyDataInvoice.Line(
                1, new BigDecimal("10.00"), 13, new BigDecimal("1.30"), null, false),
            new MyDataInvoice.Line(
                2, new BigDecimal("20.5"), 24, new BigDecimal("4.92"), null, true),
            new MyDataInvoice.Line(
                3,
                new BigDecimal("5"),
                0,
                BigDecimal.ZERO,
                MyDataCodes.EXEMPTION_SMALL_BUSINESS,
                false)));
  }

  @Test
  void aRetailReceiptWithTwoRatesAndAnExemptLineHasMyDatasElementsInOrder() throws Exception {
    Element invoice =
        child(parse(MyDataXml.invoicesDoc(receipt())).getDocumentElement(), "invoice");

    assertEquals(
        List.of(
            "issuer",
            "invoiceHeader",
            "paymentMethods",
            "invoiceDetails",
            "invoiceDetails",
            "invoiceDetails",
            "invoiceSummary"),
        names(invoice));
    Element issuer = child(invoice, "issuer");
    assertEquals(List.of("vatNumber", "country", "branch"), names(issuer));
    assertEquals("090000045", text(issuer, "vatNumber"));
    assertEquals("GR", text(issuer, "country"));
    assertEquals("0", text(issuer, "branch"));

    Element header = child(invoice, "invoiceHeader");
    assertEquals(List.of("series", "aa", "issueDate", "invoiceType", "currency"), names(header));
    assertEquals("ΑΛΠ-E7", text(header, "series"));
    assertEquals("42", text(header, "aa"));
    assertEquals("2026-12-07", text(header, "issueDate"));
    assertEquals("11.1", text(header, "invoiceType"));
    assertEquals("EUR", text(header, "currency"));

    Element payment = child(child(invoice, "paymentMethods"), "paymentMethodDetails");
    assertEquals("7", text(payment, "type"));
    assertEquals("41.72", text(payment, "amount"));

    List<Element> rows = children(invoice, "invoiceDetails");
    assertEquals(
        List.of("lineNumber", "netValue", "vatCategory", "vatAmount", "incomeClassification"),
        names(rows.get(0)));
    assertEquals("10.00", text(rows.get(0), "netValue"));
    assertEquals("2", text(rows.get(0), "vatCategory"));
    assertEquals("1.30", text(rows.get(0), "vatAmount"));
    assertClassification(child(rows.get(0), "incomeClassification"), "category1_1", "10.00");
    assertEquals("20.50", text(rows.get(1), "netValue"));
    assertEquals("1", text(rows.get(1), "vatCategory"));
    assertClassification(child(rows.get(1), "incomeClassification"), "category1_3", "20.50");
    assertEquals(
        List.of(
            "lineNumber",
            "netValue",
            "vatCategory",
            "vatAmount",
            "vatExemptionCategory",
            "incomeClassification"),
        names(rows.get(2)));
    assertEquals("7", text(rows.get(2), "vatCategory"));
    assertEquals("0.00", text(rows.get(2), "vatAmount"));
    assertEquals("15", text(rows.get(2), "vatExemptionCategory"));

    Element summary = child(invoice, "invoiceSummary");
    assertEquals(
        List.of(
            "totalNetValue",
            "totalVatAmount",
            "totalWithheldAmount",
            "totalFeesAmount",
            "totalStampDutyAmount",
            "totalOtherTaxesAmount",
            "totalDeductionsAmount",
            "totalGrossValue",
            "incomeClassification",
            "incomeClassification"),
        names(summary));
    assertEquals("35.50", text(summary, "totalNetValue"));
    assertEquals("6.22", text(summary, "totalVatAmount"));
    assertEquals("0.00", text(summary, "totalWithheldAmount"));
    assertEquals("0.00", text(summary, "totalDeductionsAmount"));
    assertEquals("41.72", text(summary, "totalGrossValue"));
    List<Element> summed = children(summary, "incomeClassification");
    assertClassification(summed.get(0), "category1_1", "15.00");
    assertClassification(summed.get(1), "category1_3", "20.50");
  }

  @Test
  void anInvoiceNamesItsGreekBuyerByAfmAndAddressOnlyAndIsClassifiedWholesale() throws Exception {
    MyDataInvoice invoice =
        new MyDataInvoice(
            "090000045",
            "ΤΠΥ",
            7,
            LocalDate.of(2026, 12, 7),
            "2.1",
            new MyDataInvoice.Counterpart(
                "094014201", "Δήμος Χανίων", "Κυδωνίας 29", "73135", "Χανιά"),
            MyDataInvoice.PAYMENT_ON_CREDIT,
            List.of(
                new MyDataInvoice.Line(
                    1, new BigDecimal("100.00"), 24, new BigDecimal("24.00"), null, true)));

    Element doc = child(parse(MyDataXml.invoicesDoc(invoice)).getDocumentElement(), "invoice");

    assertEquals(
        List.of(
            "issuer",
            "counterpart",
            "invoiceHeader",
            "paymentMethods",
            "invoiceDetails",
            "invoiceSummary"),
        names(doc));
    Element counterpart = child(doc, "counterpart");
    // myDATA refuses a name for a Greek counterpart: it has it from the ΑΦΜ
    assertEquals(List.of("vatNumber", "country", "branch", "address"), names(counterpart));
    assertEquals("094014201", text(counterpart, "vatNumber"));
    Element address = child(counterpart, "address");
    assertEquals(List.of("street", "postalCode", "city"), names(address));
    assertEquals("73135", text(address, "postalCode"));
    Element classification = child(child(doc, "invoiceSummary"), "incomeClassification");
    assertEquals("E3_561_001", iclsText(classification, "classificationType"));
  }

  @Test
  void theIncomeClassificationIsInItsOwnNamespaceDeclaredOnce() {
    String xml = MyDataXml.invoicesDoc(receipt());

    assertTrue(xml.contains("<InvoicesDoc xmlns=\"" + INV + "\""), xml);
    assertTrue(xml.contains("xmlns:icls=\"" + ICLS + "\""), xml);
    assertEquals(1, xml.split("xmlns:icls=", -1).length - 1, xml);
    assertTrue(xml.contains("<icls:classificationType>E3_561_003</icls:classificationType>"), xml);
  }

  @Test
  void aZeroRateLineWithoutExemptionOrAnUnknownTypeIsRefusedBeforeSending() {
    MyDataInvoice.Line exempt =
        new MyDataInvoice.Line(1, BigDecimal.TEN, 0, BigDecimal.ZERO, null, false);
    MyDataInvoice noReason = withLines("11.1", List.of(exempt));
    MyDataInvoice creditNote =
        withLines(
            "5.1",
            List.of(
                new MyDataInvoice.Line(
                    1, BigDecimal.TEN, 24, new BigDecimal("2.40"), null, false)));

    assertThrows(IllegalArgumentException.class, () -> MyDataXml.invoicesDoc(noReason));
    assertThrows(IllegalArgumentException.class, () -> MyDataXml.invoicesDoc(creditNote));
    assertThrows(
        IllegalArgumentException.class, () -> MyDataXml.invoicesDoc(withLines("11.1", List.of())));
  }

  @Test
  void aSuccessResponseGivesTheMarkUidAndQrAddress() throws Exception {
    MyDataReceipt receipt =
        MyDataXml.receipt(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <ResponseDoc xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
              <response>
                <index>1</index>
                <invoiceUid>6F825B9B74717280D1F9A38252D0B65604C6D162</invoiceUid>
                <invoiceMark>400001234567890</invoiceMark>
                <qrUrl>https://mydatapi.aade.gr/TimologioQR/QRInfo?q=abc%3d</qrUrl>
                <statusCode>Success</statusCode>
              </response>
            </ResponseDoc>\
            """);

    assertEquals(400001234567890L, receipt.mark());
    assertEquals("6F825B9B74717280D1F9A38252D0B65604C6D162", receipt.uid());
    assertEquals("https://mydatapi.aade.gr/TimologioQR/QRInfo?q=abc%3d", receipt.qrUrl());
  }

  @Test
  void aValidationErrorIsNotRetryableAndCarriesAadesMessages() {
    MyDataException refused =
        assertThrows(
            MyDataException.class,
            () ->
                MyDataXml.receipt(
                    """
                    <ResponseDoc><response><index>1</index>
                      <statusCode>ValidationError</statusCode>
                      <errors>
                        <error><message>Issuer VAT number is invalid</message><code>102</code></error>
                        <error><message>Total gross value mismatch</message><code>210</code></error>
                      </errors>
                    </response></ResponseDoc>\
                    """));

    assertFalse(refused.isRetryable());
    assertEquals(
        "myDATA ValidationError: [102] Issuer VAT number is invalid; [210] Total gross value"
            + " mismatch",
        refused.getMessage());
  }

  @Test
  void aTechnicalErrorIsRetryable() {
    MyDataException failed =
        assertThrows(
            MyDataException.class,
            () ->
                MyDataXml.receipt(
                    "<ResponseDoc><response><index>1</index><errors><error><message>Internal"
                        + " error</message><code>-1</code></error></errors>"
                        + "<statusCode>TechnicalError</statusCode></response></ResponseDoc>"));

    assertTrue(failed.isRetryable());
  }

  @Test
  void aCancellationResponseGivesItsOwnMark() throws Exception {
    assertEquals(
        400001234599399L,
        MyDataXml.cancellationMark(
            "<ResponseDoc><response><cancellationMark>400001234599399</cancellationMark>"
                + "<statusCode>Success</statusCode></response></ResponseDoc>"));
  }

  @Test
  void anAnswerWithAnExternalEntityIsRefusedUnread(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-4711");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><ResponseDoc><response><invoiceUid>&x;</invoiceUid>"
            + "<invoiceMark>1</invoiceMark><statusCode>Success</statusCode></response>"
            + "</ResponseDoc>";

    MyDataException refused = assertThrows(MyDataException.class, () -> MyDataXml.receipt(xxe));

    assertFalse(refused.getMessage().contains("SECRET-4711"), refused.getMessage());
    assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    assertNull(MyDataXml.errorsOf(xxe));
  }

  private static MyDataInvoice withLines(String type, List<MyDataInvoice.Line> lines) {
    return new MyDataInvoice("090000045", "A", 1, LocalDate.of(2026, 12, 7), type, null, 3, lines);
  }

  private static void assertClassification(Element classification, String category, String amount) {
    assertEquals(
        List.of("classificationType", "classificationCategory", "amount"), names(classification));
    assertEquals("E3_561_003", iclsText(classification, "classificationType"));
    assertEquals(category, iclsText(classification, "classificationCategory"));
    assertEquals(amount, iclsText(classification, "amount"));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    assertEquals(INV, doc.getDocumentElement().getNamespaceURI());
    assertEquals("InvoicesDoc", doc.getDocumentElement().getLocalName());
    return doc;
  }

  private static List<Element> elements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        found.add(element);
      }
    }
    return found;
  }

  /** Local names of the children, checking each is in the namespace its parent's kind needs. */
  private static List<String> names(Element parent) {
    String expected = "incomeClassification".equals(parent.getLocalName()) ? ICLS : INV;
    return elements(parent).stream()
        .peek(element -> assertEquals(expected, element.getNamespaceURI(), element.getTagName()))
        .map(Element::getLocalName)
        .toList();
  }

  private static List<Element> children(Element parent, String name) {
    return elements(parent).stream().filter(e -> name.equals(e.getLocalName())).toList();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertFalse(found.isEmpty(), "no " + name + " in " + parent.getLocalName());
    return found.get(0);
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  private static String iclsText(Element parent, String name) {
    Element element = child(parent, name);
    assertEquals(ICLS, element.getNamespaceURI());
    return element.getTextContent();
  }
}
