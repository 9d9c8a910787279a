package org.koinagora.invoicing.mydata;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the {@code InvoicesDoc} of one {@link MyDataInvoice} and reads myDATA's {@code
 * ResponseDoc}, with the JDK's DOM only.
 *
 * <p>Sources: the XSDs AADE publishes for the myDATA REST API ({@code InvoicesDoc-v2.0.1.xsd},
 * {@code incomeClassification-v2.0.1.xsd}, {@code response-v2.0.1.xsd}; invoice namespace still
 * {@code .../invoice/v1.0}) and the field notes of its API documentation, both as kept in
 * github.com/firebed/aade-mydata ({@code xsd/}, {@code docs/types/party-type.md}, {@code
 * docs/types/response-type.md}, {@code docs/http/cancel-invoice.md}, {@code stubs/*.xml}); the
 * links to AADE's own documents are listed in github.com/buffos/go-aade {@code mydata/README.md}.
 * Element order follows the XSD sequences, which myDATA enforces. A Greek issuer sends neither name
 * nor address and a Greek counterpart no name: myDATA refuses them and takes them from its
 * registry.
 */
final class MyDataXml {

  static final String NS_INVOICE = "http://www.aade.gr/myDATA/invoice/v1.0";

  // sic: AADE's namespace is spelled "Classificaton"
  static final String NS_INCOME = "https://www.aade.gr/myDATA/incomeClassificaton/v1.0";

  static final String RETAIL_INCOME = "E3_561_003";
  static final String WHOLESALE_INCOME = "E3_561_001";
  static final String GOODS = "category1_1";
  static final String SERVICES = "category1_3";

  private static final BigDecimal ZERO = new BigDecimal("0.00");

  private MyDataXml() {}

  /** The {@code InvoicesDoc} with this one invoice, UTF-8 text. */
  static String invoicesDoc(MyDataInvoice invoice) {
    String incomeType = incomeType(invoice.invoiceType());
    if (invoice.lines() == null || invoice.lines().isEmpty()) {
      throw new IllegalArgumentException("a myDATA document needs at least one line");
    }
    Document doc = newBuilder().newDocument();
    doc.setXmlStandalone(true); // no standalone="no" in the declaration
    Element root = doc.createElementNS(NS_INVOICE, "InvoicesDoc");
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:icls", NS_INCOME);
    doc.appendChild(root);
    Element inv = child(root, "invoice");

    party(child(inv, "issuer"), invoice.issuerAfm());
    if (invoice.counterpart() != null) {
      MyDataInvoice.Counterpart buyer = invoice.counterpart();
      Element counterpart = child(inv, "counterpart");
      party(counterpart, buyer.afm());
      // a Greek counterpart is known to AADE by its ΑΦΜ: its address is sent only when whole
      if (buyer.postcode() != null && buyer.city() != null) {
        Element address = child(counterpart, "address");
        if (buyer.street() != null && !buyer.street().isBlank()) {
          text(address, "street", buyer.street());
        }
        text(address, "postalCode", buyer.postcode());
        text(address, "city", buyer.city());
      }
    }

    Element header = child(inv, "invoiceHeader");
    text(header, "series", invoice.series());
    text(header, "aa", Long.toString(invoice.number()));
    text(header, "issueDate", invoice.issueDate().toString());
    text(header, "invoiceType", invoice.invoiceType());
    text(header, "currency", "EUR");

    BigDecimal net = ZERO;
    BigDecimal vat = ZERO;
    Map<String, BigDecimal> classified = new LinkedHashMap<>();
    List<Element> rows = new ArrayList<>();
    for (MyDataInvoice.Line line : invoice.lines()) {
      BigDecimal lineNet = amount(line.netValue());
      BigDecimal lineVat = amount(line.vatAmount());
      net = net.add(lineNet);
      vat = vat.add(lineVat);
      String category = line.service() ? SERVICES : GOODS;
      classified.merge(category, lineNet, BigDecimal::add);
      rows.add(row(doc, line, lineNet, lineVat, incomeType, category));
    }
    BigDecimal gross = net.add(vat);

    Element payments = child(inv, "paymentMethods");
    Element payment = child(payments, "paymentMethodDetails");
    text(payment, "type", Integer.toString(invoice.paymentMethod()));
    text(payment, "amount", format(gross));
    rows.forEach(inv::appendChild);

    Element summary = child(inv, "invoiceSummary");
    text(summary, "totalNetValue", format(net));
    text(summary, "totalVatAmount", format(vat));
    text(summary, "totalWithheldAmount", format(ZERO));
    text(summary, "totalFeesAmount", format(ZERO));
    text(summary, "totalStampDutyAmount", format(ZERO));
    text(summary, "totalOtherTaxesAmount", format(ZERO));
    text(summary, "totalDeductionsAmount", format(ZERO));
    text(summary, "totalGrossValue", format(gross));
    classified.forEach((category, sum) -> classification(summary, incomeType, category, sum));
    return write(doc);
  }

  /** The MARK, UID and QR address of an accepted document, or why it was not accepted. */
  static MyDataReceipt receipt(String responseDoc) throws MyDataException {
    Element response = successfulResponse(responseDoc);
    String mark = childText(response, "invoiceMark");
    if (mark == null) {
      throw new MyDataException("myDATA accepted the document but sent no MARK", false);
    }
    return new MyDataReceipt(
        parseMark(mark), childText(response, "invoiceUid"), childText(response, "qrUrl"));
  }

  /** The MARK of an accepted cancellation. */
  static long cancellationMark(String responseDoc) throws MyDataException {
    String mark = childText(successfulResponse(responseDoc), "cancellationMark");
    if (mark == null) {
      throw new MyDataException("myDATA accepted the cancellation but sent no MARK", false);
    }
    return parseMark(mark);
  }

  /**
   * The errors of a ResponseDoc as one line, when the text is one; else null. For answers that come
   * with an HTTP error status.
   */
  static String errorsOf(String body) {
    try {
      Element response = firstResponse(parse(body));
      return response == null ? null : describe(response);
    } catch (MyDataException e) {
      return null;
    }
  }

  /** myDATA's income classification type for a document type: 11.x retail, 1.x and 2.x B2B. */
  static String incomeType(String invoiceType) {
    if (invoiceType != null && invoiceType.matches("11\\.\\d+")) {
      return RETAIL_INCOME;
    }
    if (invoiceType != null && invoiceType.matches("[12]\\.\\d+")) {
      return WHOLESALE_INCOME;
    }
    throw new IllegalArgumentException("myDATA document type not supported: " + invoiceType);
  }

  private static Element row(
      Document doc,
      MyDataInvoice.Line line,
      BigDecimal net,
      BigDecimal vat,
      String incomeType,
      String category) {
    Element row = doc.createElementNS(NS_INVOICE, "invoiceDetails");
    text(row, "lineNumber", Integer.toString(line.number()));
    text(row, "netValue", format(net));
    int vatCategory = MyDataCodes.vatCategory(line.vatRate());
    text(row, "vatCategory", Integer.toString(vatCategory));
    text(row, "vatAmount", format(vat));
    if (vatCategory == MyDataCodes.VAT_CATEGORY_EXEMPT) {
      if (line.exemptionCategory() == null) {
        throw new IllegalArgumentException(
            "line " + line.number() + " has 0 % VAT but no exemption category");
      }
      text(row, "vatExemptionCategory", line.exemptionCategory().toString());
    }
    classification(row, incomeType, category, net);
    return row;
  }

  private static void party(Element party, String afm) {
    text(party, "vatNumber", afm);
    text(party, "country", "GR");
    text(party, "branch", "0");
  }

  private static void classification(
      Element parent, String type, String category, BigDecimal amount) {
    Element classification = child(parent, "incomeClassification");
    Document doc = parent.getOwnerDocument();
    for (String[] field :
        new String[][] {
          {"classificationType", type},
          {"classificationCategory", category},
          {"amount", format(amount)}
        }) {
      Element element = doc.createElementNS(NS_INCOME, "icls:" + field[0]);
      element.setTextContent(field[1]);
      classification.appendChild(element);
    }
  }

  private static Element successfulResponse(String responseDoc) throws MyDataException {
    Element response = firstResponse(parse(responseDoc));
    if (response == null) {
      throw new MyDataException("myDATA's answer has no response", true);
    }
    String status = childText(response, "statusCode");
    if ("Success".equals(status)) {
      return response;
    }
    // TechnicalError is AADE's own failure: the same document may pass later
    throw new MyDataException(describe(response), "TechnicalError".equals(status));
  }

  private static String describe(Element response) {
    StringBuilder text = new StringBuilder("myDATA ").append(childText(response, "statusCode"));
    Element errors = childElement(response, "errors");
    if (errors != null) {
      String separator = ": ";
      for (Node node = errors.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element error && "error".equals(error.getLocalName())) {
          text.append(separator);
          String code = childText(error, "code");
          if (code != null) {
            text.append('[').append(code).append("] ");
          }
          text.append(childText(error, "message"));
          separator = "; ";
        }
      }
    }
    return text.toString();
  }

  private static Element firstResponse(Document doc) {
    Element root = doc.getDocumentElement();
    return "ResponseDoc".equals(root.getLocalName()) ? childElement(root, "response") : null;
  }

  /** Parses an answer with DTDs refused outright, so no entity, external or not, is expanded. */
  private static Document parse(String xml) throws MyDataException {
    if (xml == null || xml.isBlank()) {
      throw new MyDataException("myDATA sent an empty answer", true);
    }
    try {
      return newBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      // a gateway's HTML page during maintenance looks like this: worth another try later
      throw new MyDataException("myDATA's answer is not readable XML: " + e.getMessage(), true, e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      // the JDK's own parser, whose feature names these are, whatever else is on the classpath
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // throws on fatal errors without printing them to stderr, as the default handler does
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  private static String write(Document doc) {
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("could not write the InvoicesDoc", e);
    }
  }

  private static Element child(Element parent, String name) {
    Element element = parent.getOwnerDocument().createElementNS(NS_INVOICE, name);
    parent.appendChild(element);
    return element;
  }

  private static void text(Element parent, String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("myDATA needs " + name);
    }
    child(parent, name).setTextContent(value);
  }

  private static Element childElement(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }

  private static String childText(Element parent, String localName) {
    Element element = childElement(parent, localName);
    return element == null ? null : element.getTextContent().trim();
  }

  private static long parseMark(String mark) throws MyDataException {
    try {
      return Long.parseLong(mark);
    } catch (NumberFormatException e) {
      throw new MyDataException("myDATA sent a MARK that is not a number: " + mark, false, e);
    }
  }

  private static BigDecimal amount(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException("myDATA amounts are positive: " + value);
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static String format(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
