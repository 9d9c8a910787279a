package org.koinagora.testsupport.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in's own checks, on XML written by hand rather than by the client. */
class MyDataStubTest {

  private static final String DOC =
      """
      <InvoicesDoc xmlns="http://www.aade.gr/myDATA/invoice/v1.0"
          xmlns:icls="https://www.aade.gr/myDATA/incomeClassificaton/v1.0">
        <invoice>
          <issuer><vatNumber>090000045</vatNumber><country>GR</country><branch>0</branch></issuer>
          %s
          <invoiceHeader><series>A</series><aa>9</aa><issueDate>2026-12-07</issueDate>
            <invoiceType>%s</invoiceType><currency>EUR</currency></invoiceHeader>
          <paymentMethods><paymentMethodDetails><type>3</type><amount>12.40</amount>
            </paymentMethodDetails></paymentMethods>
          <invoiceDetails><lineNumber>1</lineNumber><netValue>10.00</netValue>
            <vatCategory>1</vatCategory><vatAmount>2.40</vatAmount>
            <incomeClassification><icls:classificationType>E3_561_003</icls:classificationType>
              <icls:classificationCategory>category1_1</icls:classificationCategory>
              <icls:amount>10.00</icls:amount></incomeClassification></invoiceDetails>
          <invoiceSummary><totalNetValue>10.00</totalNetValue><totalVatAmount>2.40</totalVatAmount>
            <totalWithheldAmount>0.00</totalWithheldAmount><totalFeesAmount>0.00</totalFeesAmount>
            <totalStampDutyAmount>0.00</totalStampDutyAmount>
            <totalOtherTaxesAmount>0.00</totalOtherTaxesAmount>
            <totalDeductionsAmount>0.00</totalDeductionsAmount>
            <totalGrossValue>%s</totalGrossValue></invoiceSummary>
        </invoice>
      </InvoicesDoc>\
      """;

  private final HttpClient http = HttpClient.newHttpClient();
  private MyDataStub stub;

  @BeforeEach
  void start() {
    stub = MyDataStub.start();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void aWellFormedRetailReceiptGetsTheFirstMarkAndAadesUid() throws Exception {
    String answer = send(DOC.formatted("", "11.1", "12.40")).body();

    assertTrue(answer.contains("<invoiceMark>" + MyDataStub.FIRST_MARK + "</invoiceMark>"), answer);
    assertTrue(answer.contains("<statusCode>Success</statusCode>"), answer);
    SentInvoice sent = stub.accepted().get(0);
    assertEquals("11.1", sent.invoiceType());
    assertTrue(answer.contains("<invoiceUid>" + MyDataStub.uid(sent) + "</invoiceUid>"), answer);
  }

  @Test
  void aGrossThatIsNotNetPlusVatIsAValidationError() throws Exception {
    String answer = send(DOC.formatted("", "11.1", "12.50")).body();

    assertTrue(answer.contains("<statusCode>ValidationError</statusCode>"), answer);
    assertTrue(answer.contains("totalGrossValue 12.50 is not net + VAT 12.40"), answer);
    assertTrue(stub.accepted().isEmpty());
    assertEquals("9", stub.calls().get(0).invoice().aa());
  }

  @Test
  void aRetailReceiptWithABuyerAndAnInvoiceWithoutOneAreRefused() throws Exception {
    String buyer =
        "<counterpart><vatNumber>094014201</vatNumber><country>GR</country><branch>0</branch>"
            + "</counterpart>";

    String retail = send(DOC.formatted(buyer, "11.1", "12.40")).body();
    String invoice = send(DOC.formatted("", "1.1", "12.40")).body();

    assertTrue(retail.contains("must not have a counterpart"), retail);
    assertTrue(invoice.contains("needs a counterpart"), invoice);
  }

  @Test
  void somethingThatIsNotAnInvoicesDocIsAnXmlSyntaxError() throws Exception {
    String answer = send("<Invoices><invoice/></Invoices>").body();

    assertTrue(answer.contains("<statusCode>XMLSyntaxError</statusCode>"), answer);
    assertNull(stub.calls().get(0).invoice());
  }

  @Test
  void withoutTheSubscriptionKeyTheGatewayAnswers401() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(stub.base() + "/SendInvoices"))
                .header("aade-user-id", MyDataStub.USER_ID)
                .POST(HttpRequest.BodyPublishers.ofString(DOC.formatted("", "11.1", "12.40")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(401, answer.statusCode());
    assertEquals("11.1", stub.calls().get(0).invoice().invoiceType());
  }

  @Test
  void cancellingAMarkItNeverGaveIsAValidationError() throws Exception {
    HttpResponse<String> answer = post("/CancelInvoice?mark=400001999999999", "");

    assertTrue(answer.body().contains("not found"), answer.body());
    assertEquals(400001999999999L, stub.calls().get(0).cancelledMark());
    assertTrue(stub.cancellations().isEmpty());
  }

  @Test
  void theQrAddressShowsTheMark() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(stub.base() + "/qr?mark=400001000000001")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("MARK 400001000000001"), page.body());
  }

  private HttpResponse<String> send(String xml) throws Exception {
    return post("/SendInvoices", xml);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stub.base() + path))
            .header("aade-user-id", MyDataStub.USER_ID)
            .header("Ocp-Apim-Subscription-Key", MyDataStub.SUBSCRIPTION_KEY)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
