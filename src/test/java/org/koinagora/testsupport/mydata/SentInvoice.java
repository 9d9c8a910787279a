package org.koinagora.testsupport.mydata;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fields of one {@code invoice} of an {@code InvoicesDoc} the stub received, read with its own
 * parser (not the client's), and the checks myDATA would make on them.
 */
public record SentInvoice(
    String issuerVat,
    int issuerBranch,
    String counterpartVat,
    String series,
    String aa,
    String issueDate,
    String invoiceType,
    List<Line> lines,
    List<Payment> payments,
    Totals totals,
    List<Classification> summaryClassifications) {

  static final String NS_INVOICE = "http://www.aade.gr/myDATA/invoice/v1.0";
  static final String NS_INCOME = "https://www.aade.gr/myDATA/incomeClassificaton/v1.0";

  /** A line: its net value, VAT category and amount, exemption (null unless 0 %), classes. */
  public record Line(
      int number,
      BigDecimal netValue,
      int vatCategory,
      BigDecimal vatAmount,
      Integer vatExemptionCategory,
      List<Classification> classifications) {}

  public record Payment(int type, BigDecimal amount) {}

  public record Classification(String type, String category, BigDecimal amount) {}

  public record Totals(
      BigDecimal net,
      BigDecimal vat,
      BigDecimal withheld,
      BigDecimal fees,
      BigDecimal stampDuty,
      BigDecimal otherTaxes,
      BigDecimal deductions,
      BigDecimal gross) {}

  /** The body could not be read as an InvoicesDoc: myDATA's XMLSyntaxError. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /** The first invoice of an InvoicesDoc. */
  static SentInvoice parse(String xml) throws Unreadable {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, quietly
      doc = builder.parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new Unreadable("XML not well formed: " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    if (!"InvoicesDoc".equals(root.getLocalName()) || !NS_INVOICE.equals(root.getNamespaceURI())) {
      throw new Unreadable("root element must be InvoicesDoc in " + NS_INVOICE);
    }
    Element invoice = child(root, "invoice");
    if (invoice == null) {
      throw new Unreadable("InvoicesDoc has no invoice");
    }
    try {
      Element issuer = child(invoice, "issuer");
      Element counterpart = child(invoice, "counterpart");
      Element header = child(invoice, "invoiceHeader");
      List<Line> lines = new ArrayList<>();
      for (Element row : children(invoice, "invoiceDetails")) {
        String exemption = text(row, "vatExemptionCategory");
        lines.add(
            new Line(
                Integer.parseInt(text(row, "lineNumber")),
                amount(row, "netValue"),
                Integer.parseInt(text(row, "vatCategory")),
                amount(row, "vatAmount"),
                exemption == null ? null : Integer.valueOf(exemption),
                classifications(row)));
      }
      List<Payment> payments = new ArrayList<>();
      Element methods = child(invoice, "paymentMethods");
      if (methods != null) {
        for (Element detail : children(methods, "paymentMethodDetails")) {
          payments.add(
              new Payment(Integer.parseInt(text(detail, "type")), amount(detail, "amount")));
        }
      }
      Element summary = child(invoice, "invoiceSummary");
      Totals totals =
          summary == null
              ? null
              : new Totals(
                  amount(summary, "totalNetValue"),
                  amount(summary, "totalVatAmount"),
                  amount(summary, "totalWithheldAmount"),
                  amount(summary, "totalFeesAmount"),
                  amount(summary, "totalStampDutyAmount"),
                  amount(summary, "totalOtherTaxesAmount"),
                  amount(summary, "totalDeductionsAmount"),
                  amount(summary, "totalGrossValue"));
      String branch = issuer == null ? null : text(issuer, "branch");
      return new SentInvoice(
          issuer == null ? null : text(issuer, "vatNumber"),
          branch == null ? 0 : Integer.parseInt(branch),
          counterpart == null ? null : text(counterpart, "vatNumber"),
          header == null ? null : text(header, "series"),
          header == null ? null : text(header, "aa"),
          header == null ? null : text(header, "issueDate"),
          header == null ? null : text(header, "invoiceType"),
          List.copyOf(lines),
          List.copyOf(payments),
          totals,
          summary == null ? List.of() : classifications(summary));
    } catch (NumberFormatException e) {
      throw new Unreadable("a number is not a number: " + e.getMessage());
    }
  }

  /** What myDATA would refuse in this document; empty when it passes. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (issuerVat == null || !issuerVat.matches("\\d{9}")) {
      problems.add("issuer vatNumber must be 9 digits: " + issuerVat);
    }
    if (blank(series)) {
      problems.add("invoiceHeader series is required");
    }
    if (blank(aa)) {
      problems.add("invoiceHeader aa is required");
    }
    if (invoiceType == null || !invoiceType.matches("\\d{1,2}\\.\\d{1,2}")) {
      problems.add("invoiceHeader invoiceType is missing or unknown: " + invoiceType);
    } else if (invoiceType.startsWith("11.") && counterpartVat != null) {
      problems.add("a retail document (" + invoiceType + ") must not have a counterpart");
    } else if (!invoiceType.startsWith("11.") && counterpartVat == null) {
      problems.add("an invoice (" + invoiceType + ") needs a counterpart");
    }
    if (counterpartVat != null && !counterpartVat.matches("\\d{9}")) {
      problems.add("counterpart vatNumber must be 9 digits: " + counterpartVat);
    }
    try {
      LocalDate.parse(issueDate == null ? "" : issueDate);
    } catch (DateTimeParseException e) {
      problems.add("invoiceHeader issueDate is not a date: " + issueDate);
    }
    if (lines.isEmpty()) {
      problems.add("at least one invoiceDetails is required");
    }
    BigDecimal net = BigDecimal.ZERO;
    BigDecimal vat = BigDecimal.ZERO;
    for (Line line : lines) {
      net = net.add(line.netValue());
      vat = vat.add(line.vatAmount());
      if (line.vatCategory() == 7 && line.vatExemptionCategory() == null) {
        problems.add("line " + line.number() + ": vatCategory 7 needs a vatExemptionCategory");
      }
      if (line.vatCategory() != 7 && line.vatExemptionCategory() != null) {
        problems.add("line " + line.number() + ": vatExemptionCategory only with vatCategory 7");
      }
      if (!line.classifications().isEmpty()
          && !same(sum(line.classifications()), line.netValue())) {
        problems.add(
            "line " + line.number() + ": income classifications do not add up to netValue");
      }
    }
    if (totals == null) {
      problems.add("invoiceSummary is required");
      return problems;
    }
    if (!same(totals.net(), net)) {
      problems.add("totalNetValue " + totals.net() + " is not the sum of the lines " + net);
    }
    if (!same(totals.vat(), vat)) {
      problems.add("totalVatAmount " + totals.vat() + " is not the sum of the lines " + vat);
    }
    BigDecimal gross =
        totals
            .net()
            .add(totals.vat())
            .add(totals.fees())
            .add(totals.stampDuty())
            .add(totals.otherTaxes())
            .subtract(totals.withheld())
            .subtract(totals.deductions());
    if (!same(totals.gross(), gross)) {
      problems.add("totalGrossValue " + totals.gross() + " is not net + VAT " + gross);
    }
    if (!summaryClassifications.isEmpty() && !same(sum(summaryClassifications), totals.net())) {
      problems.add("the summary's income classifications do not add up to totalNetValue");
    }
    if (!payments.isEmpty()
        && !same(
            payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
            totals.gross())) {
      problems.add("payment methods do not add up to totalGrossValue");
    }
    return problems;
  }

  private static List<Classification> classifications(Element parent) {
    List<Classification> found = new ArrayList<>();
    for (Element element : children(parent, "incomeClassification")) {
      found.add(
          new Classification(
              icls(element, "classificationType"),
              icls(element, "classificationCategory"),
              new BigDecimal(icls(element, "amount"))));
    }
    return List.copyOf(found);
  }

  private static String icls(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(element.getLocalName())
          && NS_INCOME.equals(element.getNamespaceURI())) {
        return element.getTextContent().trim();
      }
    }
    throw new NumberFormatException("icls:" + name + " missing");
  }

  private static BigDecimal sum(List<Classification> classifications) {
    return classifications.stream()
        .map(Classification::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static BigDecimal amount(Element parent, String name) {
    String text = text(parent, name);
    if (text == null) {
      throw new NumberFormatException(name + " missing");
    }
    return new BigDecimal(text);
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(element.getLocalName())
          && NS_INVOICE.equals(element.getNamespaceURI())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
