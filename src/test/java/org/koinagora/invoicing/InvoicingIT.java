package org.koinagora.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.TestInfrastructure;
import org.koinagora.testsupport.mydata.MyDataStub;
import org.koinagora.testsupport.mydata.SentInvoice;

/**
 * Receipts and invoices: issued when a part is paid, numbered per enterprise and series (also under
 * concurrency), cancelled with a refund, as a PDF for the buyer and the enterprise only; and the
 * exchange with myDATA's stand-in (what is sent, the MARK kept, retries, cancellation).
 */
class InvoicingIT extends DeployedWarIT {

  static final String PICKUP = "{\"method\":\"PICKUP_AT_ENTERPRISE\"}";

  static String order(long listing, String document) {
    return "{\"lines\":[{\"listingId\":"
        + listing
        + ",\"quantity\":2}],\"fulfilment\":"
        + PICKUP
        + ",\"payment\":\"MANUAL\""
        + (document == null ? "" : ",\"document\":" + document)
        + "}";
  }

  static final String INVOICE =
      "{\"kind\":\"INVOICE\",\"afm\":\"%s\",\"doy\":\"ΔΟΥ Χανίων\",\"name\":\"Ταβέρνα Ο Κήπος"
          + " ΙΚΕ\",\"activity\":\"Εστίαση\",\"address\":\"Χάληδων 5, 73131 Χανιά\"}";

  JsonObject placed(Buyer buyer, String body) {
    var response = buyer.client().postJson("/api/v1/orders", body, buyer.token());
    assertEquals(201, response.statusCode(), response.body());
    return Client.json(response);
  }

  static long partOf(JsonObject order) {
    return order.getJsonArray("parts").getJsonObject(0).getJsonNumber("id").longValue();
  }

  static HttpResponse<String> paid(Member seller, long part) {
    return seller.client().postJson("/api/v1/me/sales/" + part + "/paid", "{}", seller.token());
  }

  JsonObject partNow(Buyer buyer, long orderId) {
    return Client.json(buyer.client().getJson("/api/v1/me/orders/" + orderId, buyer.token()))
        .getJsonArray("parts")
        .getJsonObject(0);
  }

  String pdfText(HttpResponse<byte[]> pdf) throws Exception {
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    return new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
  }

  @Test
  void aReceiptIsIssuedOncePaidReadOnlyByItsPartiesAndCancelledWithARefund() throws Exception {
    Member seller = Member.of(base, "receipts", true);
    long honey = Listings.product(seller, "Μέλι ανθέων", "8.00", 20);
    Buyer buyer = Buyer.of(base, "receipts-buyer");
    JsonObject order = placed(buyer, order(honey, null));
    long orderId = order.getJsonNumber("id").longValue();
    assertFalse(partNow(buyer, orderId).containsKey("document"), "no document before payment");

    assertEquals(200, paid(seller, partOf(order)).statusCode());
    JsonObject document = partNow(buyer, orderId).getJsonObject("document");
    assertEquals("RECEIPT", document.getString("kind"));
    assertEquals("A", document.getString("series"));
    assertEquals(1, document.getInt("number"));
    String url = document.getString("url");
    assertTrue(url.contains("?ref=" + order.getString("reference")), url);

    String text = pdfText(new Client(base).getBytes(url));
    assertTrue(text.contains("ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ A-1"), text);
    assertTrue(text.contains("Επιχείρηση receipts") && text.contains("Μέλι ανθέων"), text);
    assertTrue(text.contains("16,00"), text);
    String withoutReference = url.substring(0, url.indexOf('?'));
    assertEquals(404, new Client(base).getBytes(withoutReference).statusCode());
    assertEquals(
        404, new Client(base).getBytes(withoutReference + "?ref=" + "x".repeat(43)).statusCode());
    assertEquals(
        200,
        seller
            .client()
            .getBytes(withoutReference, "Authorization", "Bearer " + seller.token())
            .statusCode(),
        "the enterprise reads its own");
    Buyer stranger = Buyer.of(base, "receipts-stranger");
    assertEquals(
        404,
        stranger
            .client()
            .getBytes(withoutReference, "Authorization", "Bearer " + stranger.token())
            .statusCode());

    var refunded =
        seller
            .client()
            .postJson("/api/v1/me/sales/" + partOf(order) + "/refunded", "{}", seller.token());
    assertEquals(200, refunded.statusCode(), refunded.body());
    assertEquals(
        "AK",
        Database.value(
            "SELECT series FROM sales_document WHERE part_id = ? AND kind = 'CANCELLATION'",
            partOf(order)));
  }

  @Test
  void anInvoiceNeedsAValidAfmAndPrintsTheBusiness() throws Exception {
    Member seller = Member.of(base, "invoices", true);
    long oil = Listings.product(seller, "Ελαιόλαδο 5 l", "45.00", 20);
    Buyer buyer = Buyer.of(base, "invoices-buyer");
    var wrong =
        buyer
            .client()
            .postJson("/api/v1/orders", order(oil, INVOICE.formatted("123456789")), buyer.token());
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertEquals("document.afm", Client.json(wrong).getString("field"));
    var noActivity =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                order(oil, INVOICE.formatted("090000045").replace("Εστίαση", " ")),
                buyer.token());
    assertEquals("document.activity", Client.json(noActivity).getString("field"));
    assertEquals(
        20, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", oil)).intValue());

    JsonObject order = placed(buyer, order(oil, INVOICE.formatted("090000045")));
    paid(seller, partOf(order));
    JsonObject document =
        partNow(buyer, order.getJsonNumber("id").longValue()).getJsonObject("document");
    assertEquals("INVOICE", document.getString("kind"));
    assertEquals("T", document.getString("series"));
    String text = pdfText(new Client(base).getBytes(document.getString("url")));
    assertTrue(text.contains("ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ T-1"), text);
    assertTrue(
        text.contains("Ταβέρνα Ο Κήπος ΙΚΕ")
            && text.contains("090000045")
            && text.contains("ΔΟΥ Χανίων")
            && text.contains("Εστίαση"),
        text);
    assertTrue(text.contains("13 %") && text.contains("79,65") && text.contains("90,00"), text);
  }

  @Test
  void twentyPartsPaidAtOnceGetTwentyConsecutiveNumbersNoneTwice() throws Exception {
    Member seller = Member.of(base, "numbering", true);
    long soap = Listings.product(seller, "Σαπούνι", "3.00", 100);
    Buyer buyer = Buyer.of(base, "numbering-buyer");
    List<Long> parts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      parts.add(partOf(placed(buyer, order(soap, null))));
    }
    CyclicBarrier start = new CyclicBarrier(parts.size());
    ExecutorService pool = Executors.newFixedThreadPool(parts.size());
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (long part : parts) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return paid(seller, part);
              }));
    }
    for (var answer : answers) {
      assertEquals(200, answer.get().statusCode(), answer.get().body());
    }
    pool.shutdown();
    List<Long> numbers = new ArrayList<>();
    try (var connection = Database.connect();
        var query =
            connection.prepareStatement(
                "SELECT number FROM sales_document WHERE enterprise_id = ? AND series = 'A' ORDER"
                    + " BY number")) {
      query.setLong(1, seller.enterpriseId());
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getLong(1));
        }
      }
    }
    List<Long> expected = new ArrayList<>();
    for (long n = 1; n <= 20; n++) {
      expected.add(n);
    }
    assertEquals(expected, numbers, "1 to 20, each once");
  }

  @Test
  void documentsGoToMyDataWithTheirMarkRetriedAfterAFailureAndCancelled() throws Exception {
    MyDataStub mydata = TestInfrastructure.mydata();
    Member seller = Member.of(base, "mydata", true);
    String afm =
        (String)
            Database.value("SELECT vat_number FROM enterprise WHERE id = ?", seller.enterpriseId());
    String settings = "/api/v1/me/invoicing?enterprise=" + seller.enterpriseId();
    var noKey =
        seller
            .client()
            .putJson(
                settings,
                "{\"vatRegime\":\"NORMAL\",\"channel\":\"MYDATA\",\"myDataUser\":\"koinagora-it\"}",
                seller.token());
    assertEquals(400, noKey.statusCode(), noKey.body());
    assertEquals("myDataKey", Client.json(noKey).getString("field"));
    var saved =
        seller
            .client()
            .putJson(
                settings,
                "{\"vatRegime\":\"NORMAL\",\"channel\":\"MYDATA\",\"myDataUser\":\""
                    + MyDataStub.USER_ID
                    + "\",\"myDataKey\":\""
                    + MyDataStub.SUBSCRIPTION_KEY
                    + "\"}",
                seller.token());
    assertEquals(200, saved.statusCode(), saved.body());
    assertFalse(saved.body().contains(MyDataStub.SUBSCRIPTION_KEY), "the key is never returned");
    Object stored =
        Database.value(
            "SELECT mydata_key FROM invoicing_settings WHERE enterprise_id = ?",
            seller.enterpriseId());
    assertFalse(
        new String((byte[]) stored, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(MyDataStub.SUBSCRIPTION_KEY),
        "stored encrypted");

    long wine = Listings.product(seller, "Κρασί", "12.00", 20);
    Buyer buyer = Buyer.of(base, "mydata-buyer");
    JsonObject first = placed(buyer, order(wine, null));
    paid(seller, partOf(first));
    waitFor(() -> !mydata.sentBy(afm).isEmpty(), "the receipt reaches myDATA");
    SentInvoice sent = mydata.sentBy(afm).get(0);
    assertEquals("A", sent.series());
    assertEquals("1", sent.aa());
    assertEquals("11.1", sent.invoiceType());
    assertEquals(0, new java.math.BigDecimal("24.00").compareTo(sent.totals().gross()));
    waitFor(() -> markOf(partOf(first)) != null, "the MARK is stored with the document");
    JsonObject document =
        partNow(buyer, first.getJsonNumber("id").longValue()).getJsonObject("document");
    long mark = document.getJsonNumber("mark").longValue();
    assertTrue(mark >= MyDataStub.FIRST_MARK);
    assertTrue(
        pdfText(new Client(base).getBytes(document.getString("url"))).contains("MARK: " + mark));

    // an invoice goes as type 1.1 with its buyer's ΑΦΜ
    JsonObject invoiced = placed(buyer, order(wine, INVOICE.formatted("090000045")));
    paid(seller, partOf(invoiced));
    waitFor(() -> markOf(partOf(invoiced)) != null, "the invoice is in myDATA");
    SentInvoice sentInvoice =
        mydata.sentBy(afm).stream()
            .filter(invoice -> invoice.invoiceType().equals("1.1"))
            .findFirst()
            .orElseThrow();
    assertEquals("090000045", sentInvoice.counterpartVat());
    assertEquals("T", sentInvoice.series());

    // myDATA is down once: the document waits, and goes when the enterprise sends it again
    mydata.failNext(1, 503);
    JsonObject second = placed(buyer, order(wine, null));
    paid(seller, partOf(second));
    waitFor(() -> attemptsOf(partOf(second)) >= 1, "a first attempt that failed");
    assertEquals(
        "PENDING",
        Database.value(
            "SELECT mydata_status FROM sales_document WHERE part_id = ?", partOf(second)));
    long documentId =
        ((Number) Database.value("SELECT id FROM sales_document WHERE part_id = ?", partOf(second)))
            .longValue();
    assertEquals(
        204,
        seller
            .client()
            .postJson(
                "/api/v1/me/invoicing/documents/" + documentId + "/retry", "{}", seller.token())
            .statusCode());
    waitFor(() -> markOf(partOf(second)) != null, "sent on the retry");

    // a refund sends the cancellation of the first one's MARK
    seller
        .client()
        .postJson("/api/v1/me/sales/" + partOf(first) + "/refunded", "{}", seller.token());
    waitFor(() -> mydata.cancellations().containsKey(mark), "myDATA is told of the cancellation");
    var listed =
        seller
            .client()
            .getJson(
                "/api/v1/me/invoicing/documents?enterprise=" + seller.enterpriseId(),
                seller.token());
    assertTrue(listed.body().contains("\"kind\":\"CANCELLATION\""), listed.body());
  }

  static Long markOf(long part) {
    try {
      Object mark =
          Database.value(
              "SELECT mark FROM sales_document WHERE part_id = ? AND kind <> 'CANCELLATION'", part);
      return mark == null ? null : ((Number) mark).longValue();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static int attemptsOf(long part) {
    try {
      return ((Number)
              Database.value(
                  "SELECT attempts FROM sales_document WHERE part_id = ? AND kind <>"
                      + " 'CANCELLATION'",
                  part))
          .intValue();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("waited 60 s for " + what);
      }
      Thread.sleep(250);
    }
  }
}
