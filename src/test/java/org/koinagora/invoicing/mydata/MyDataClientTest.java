package org.koinagora.invoicing.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.mydata.MyDataCall;
import org.koinagora.testsupport.mydata.MyDataStub;
import org.koinagora.testsupport.mydata.SentInvoice;

class MyDataClientTest {

  private static final MyDataCredentials GOOD =
      new MyDataCredentials(MyDataStub.USER_ID, MyDataStub.SUBSCRIPTION_KEY);

  private MyDataStub stub;
  private MyDataClient client;

  @BeforeEach
  void start() {
    stub = MyDataStub.start();
    client = new MyDataClient(stub.base());
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void anAcceptedReceiptGetsAMarkUidAndQrAddress() throws Exception {
    MyDataReceipt receipt = client.send(GOOD, MyDataXmlTest.receipt());

    assertEquals(MyDataStub.FIRST_MARK, receipt.mark());
    assertTrue(receipt.uid().matches("[0-9A-F]{40}"), receipt.uid());
    assertEquals(stub.base() + "/qr?mark=" + receipt.mark(), receipt.qrUrl());
    MyDataCall call = stub.calls().get(0);
    assertEquals("POST", call.method());
    assertTrue(call.isSendInvoices());
    assertEquals(MyDataStub.USER_ID, call.userId());
    assertEquals(MyDataStub.SUBSCRIPTION_KEY, call.subscriptionKey());
    assertTrue(call.header("content-type").startsWith("application/xml"));
    SentInvoice sent = call.invoice();
    assertEquals("ΑΛΠ-E7", sent.series());
    assertEquals("42", sent.aa());
    assertEquals("11.1", sent.invoiceType());
    assertNull(sent.counterpartVat());
    assertEquals(3, sent.lines().size());
    assertEquals(new BigDecimal("35.50"), sent.totals().net());
    assertEquals(new BigDecimal("6.22"), sent.totals().vat());
    assertEquals(new BigDecimal("41.72"), sent.totals().gross());
    assertEquals(List.of(sent), stub.accepted());
  }

  @Test
  void eachDocumentGetsTheNextMarkAndItsOwnUid() throws Exception {
    MyDataReceipt first = client.send(GOOD, MyDataXmlTest.receipt());
    MyDataInvoice r = MyDataXmlTest.receipt();
    MyDataReceipt second =
        client.send(
            GOOD,
            new MyDataInvoice(
                r.issuerAfm(),
                r.series(),
                43,
                r.issueDate(),
                r.invoiceType(),
                null,
                r.paymentMethod(),
                r.lines()));

    assertEquals(first.mark() + 1, second.mark());
    assertFalse(first.uid().equals(second.uid()));
  }

  @Test
  void wrongCredentialsAreRefusedForGood() {
    MyDataException refused =
        assertThrows(
            MyDataException.class,
            () ->
                client.send(
                    new MyDataCredentials(MyDataStub.USER_ID, "not-the-key"),
                    MyDataXmlTest.receipt()));

    assertFalse(refused.isRetryable());
    assertTrue(refused.getMessage().contains("401"), refused.getMessage());
    assertEquals(401, stub.calls().get(0).status());
    assertTrue(stub.accepted().isEmpty());
  }

  @Test
  void aServiceUnavailableIsWorthRetryingAndTheRetryPasses() throws Exception {
    stub.failNext(1, 503);

    MyDataException failed =
        assertThrows(MyDataException.class, () -> client.send(GOOD, MyDataXmlTest.receipt()));
    MyDataReceipt receipt = client.send(GOOD, MyDataXmlTest.receipt());

    assertTrue(failed.isRetryable());
    assertTrue(failed.getMessage().contains("503"), failed.getMessage());
    assertEquals(MyDataStub.FIRST_MARK, receipt.mark());
    assertEquals(2, stub.calls().size());
  }

  @Test
  void throttlingIsWorthRetrying() {
    stub.failNext(1, 429);

    assertTrue(
        assertThrows(MyDataException.class, () -> client.send(GOOD, MyDataXmlTest.receipt()))
            .isRetryable());
  }

  @Test
  void aDocumentMyDataFindsWrongIsAValidationErrorNotRetried() {
    MyDataInvoice r = MyDataXmlTest.receipt();
    MyDataInvoice badIssuer =
        new MyDataInvoice(
            "12345",
            r.series(),
            r.number(),
            r.issueDate(),
            r.invoiceType(),
            null,
            r.paymentMethod(),
            r.lines());

    MyDataException refused =
        assertThrows(MyDataException.class, () -> client.send(GOOD, badIssuer));

    assertFalse(refused.isRetryable());
    assertTrue(refused.getMessage().startsWith("myDATA ValidationError"), refused.getMessage());
    assertTrue(refused.getMessage().contains("issuer vatNumber"), refused.getMessage());
  }

  @Test
  void nobodyListeningIsWorthRetrying() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    MyDataClient nowhere = new MyDataClient("http://127.0.0.1:" + port);

    MyDataException failed =
        assertThrows(MyDataException.class, () -> nowhere.send(GOOD, MyDataXmlTest.receipt()));

    assertTrue(failed.isRetryable());
  }

  @Test
  void aSentDocumentIsCancelledOnceByItsMark() throws Exception {
    MyDataReceipt receipt = client.send(GOOD, MyDataXmlTest.receipt());

    long cancellation = client.cancel(GOOD, receipt.mark());
    MyDataException again =
        assertThrows(MyDataException.class, () -> client.cancel(GOOD, receipt.mark()));

    assertEquals(receipt.mark() + 1, cancellation);
    assertEquals(java.util.Map.of(receipt.mark(), cancellation), stub.cancellations());
    MyDataCall call = stub.calls().get(1);
    assertTrue(call.isCancelInvoice());
    assertEquals("mark=" + receipt.mark(), call.query());
    assertEquals(receipt.mark(), call.cancelledMark());
    assertFalse(again.isRetryable());
  }
}
