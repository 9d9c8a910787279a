package org.koinagora.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Documents;
import org.koinagora.testsupport.Images;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.Race;

/**
 * A buyer asks one to five enterprises for a quote; each answers in its own thread with messages
 * and quotes, which only the two sides see; the buyer accepts one quote, which becomes an order
 * with its lines — once, whatever the concurrency — or declines.
 */
class QuoteRequestsIT extends DeployedWarIT {

  private static final String VALID = LocalDate.now().plusDays(20).toString();

  private static long quoteService(Member seller, String category) {
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"SERVICE","title":{"el":"Υπηρεσία κατόπιν προσφοράς","en":"Service on quote"},
                 "description":{"el":"Τιμή ανάλογα με την περίσταση.","en":"Priced per event."},
                 "price":"1.00","vatRate":24,"stock":null,"category":"%s","tags":[],"status":"ACTIVE",
                 "booking":"QUOTE"}
                """
                    .formatted(category),
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("QUOTE", Client.json(created).getString("booking"));
    return Client.json(created).getJsonNumber("id").longValue();
  }

  private static String need(String whom) {
    return """
    {%s,"description":"Γεύμα για 120 άτομα στη γιορτή του σχολείου","where":"Χανιά",
     "when":"15-20 Ιουνίου","quantity":"120 άτομα","budget":"1500",
     "buyer":{"kind":"PERSON","name":"Μαρία Αγοράστρια"}}
    """
        .formatted(whom);
  }

  private HttpResponse<String> ask(Buyer buyer, String json) {
    return buyer.client().postJson("/api/v1/quote-requests", json, buyer.token());
  }

  private static long id(HttpResponse<String> response) {
    return Client.json(response).getJsonNumber("id").longValue();
  }

  private long askOne(Buyer buyer, Member seller) {
    long listing = quoteService(seller, "services/catering");
    var asked = ask(buyer, need("\"listingId\":" + listing));
    assertEquals(201, asked.statusCode(), asked.body());
    return id(asked);
  }

  private static HttpResponse<String> sendQuote(Member seller, long requestId, String lines) {
    return seller
        .client()
        .postJson(
            "/api/v1/me/quote-requests/" + requestId + "/quotes",
            """
            {"lines":[%s],"validUntil":"%s","note":"Περιλαμβάνει σερβίρισμα."}
            """
                .formatted(lines, VALID),
            seller.token());
  }

  private static final String CATERING =
      """
      {"description":"Γεύμα","quantity":120,"unit":"μερίδες","unitPrice":"9.50","vatRate":13}
      """;

  private static long quote(Member seller, long requestId, String lines) {
    var sent = sendQuote(seller, requestId, lines);
    assertEquals(201, sent.statusCode(), sent.body());
    return id(sent);
  }

  private static HttpResponse<String> accept(Buyer buyer, long quoteId) {
    return buyer
        .client()
        .postJson(
            "/api/v1/quotes/" + quoteId + "/accept",
            "{\"payment\":\"MANUAL\",\"manualKind\":\"BANK_TRANSFER\"}",
            buyer.token());
  }

  private static JsonObject request(Client client, String token, long requestId) {
    var read = client.getJson("/api/v1/me/quote-requests/" + requestId, token);
    assertEquals(200, read.statusCode(), read.body());
    return Client.json(read);
  }

  private static String quoteStatus(Buyer buyer, long requestId, long quoteId) {
    for (var thread : request(buyer.client(), buyer.token(), requestId).getJsonArray("threads")) {
      for (var quote : thread.asJsonObject().getJsonArray("quotes")) {
        if (quote.asJsonObject().getJsonNumber("id").longValue() == quoteId) {
          return quote.asJsonObject().getString("status");
        }
      }
    }
    throw new AssertionError("no quote " + quoteId);
  }

  @Test
  void askingAboutAQuoteServiceOpensOneThreadWithItsEnterpriseAndMailsBothSides() throws Exception {
    Member seller = Member.of(base, "catering", true);
    Buyer buyer = Buyer.of(base, "buyer");
    long listing = quoteService(seller, "services/catering");

    var asked = ask(buyer, need("\"listingId\":" + listing));

    assertEquals(201, asked.statusCode(), asked.body());
    JsonObject created = Client.json(asked);
    assertTrue(created.getString("reference").startsWith("Q-"), asked.body());
    JsonArray enterprises = created.getJsonArray("enterprises");
    assertEquals(1, enterprises.size());
    assertEquals(
        seller.enterpriseId(), enterprises.getJsonObject(0).getJsonNumber("id").longValue());
    String toBuyer = Mailbox.body(Mailbox.to(buyer.email(), 1).get(0));
    assertTrue(toBuyer.contains(created.getString("reference")), toBuyer);
    assertTrue(toBuyer.contains("/quotes/" + created.getJsonNumber("id")), toBuyer);
    String toSeller =
        Mailbox.body(Mailbox.withSubject(seller.email(), "Νέο αίτημα για προσφορά").get(0));
    assertTrue(toSeller.contains("Γεύμα για 120 άτομα"), toSeller);
    JsonObject asSeller = request(seller.client(), seller.token(), id(asked));
    assertEquals("ENTERPRISE", asSeller.getString("side"));
    assertEquals("Χανιά", asSeller.getString("where"));
  }

  @Test
  void aRequestNamesWhomToAskAndWhoAsks() throws Exception {
    Member seller = Member.of(base, "checks", true);
    Buyer buyer = Buyer.of(base, "checker");
    long product = Listings.product(seller, "Μέλι", "8.00", null);

    assertField(ask(buyer, need("\"listingId\":" + product)), 400, "listingId");
    assertField(ask(buyer, need("\"enterpriseIds\":[1,2,3,4,5,6]")), 400, "enterpriseIds");
    assertField(ask(buyer, need("\"enterpriseIds\":[]")), 400, "enterpriseIds");
    assertField(
        ask(buyer, need("\"category\":\"services/catering\",\"region\":\"NOWHERE\"")),
        400,
        "region");
    long listing = quoteService(seller, "services/cleaning");
    assertField(
        ask(buyer, need("\"listingId\":" + listing).replace("\"where\":\"Χανιά\",", "")),
        400,
        "where");
    assertField(
        ask(
            buyer,
            need("\"listingId\":" + listing)
                .replace("\"kind\":\"PERSON\"", "\"kind\":\"PUBLIC_BODY\",\"afm\":\"123456789\"")),
        400,
        "buyer.afm");
    assertField(
        new Client(base).postJson("/api/v1/quote-requests", need("\"listingId\":" + listing), null),
        400,
        "email");
    Client guestClient = new Client(base); // one client address (each Client has its own)
    var guest =
        guestClient.postJson(
            "/api/v1/quote-requests",
            need("\"listingId\":" + listing + ",\"email\":\"" + People.newEmail("guest") + "\""),
            null);
    assertEquals(201, guest.statusCode(), guest.body());
    int status = 0;
    for (int i = 0; i < 5; i++) {
      status =
          guestClient
              .postJson(
                  "/api/v1/quote-requests",
                  need("\"listingId\":" + listing + ",\"email\":\"" + People.newEmail("g") + "\""),
                  null)
              .statusCode();
    }
    assertEquals(429, status, "a guest's sixth request in an hour from one address");
  }

  private static void assertField(HttpResponse<String> response, int status, String field) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(field, Client.json(response).getString("field"), response.body());
  }

  @Test
  void askingSeveralEnterprisesOpensAThreadForEachAndTheBuyerSeesThemAll() {
    Member first = Member.of(base, "first", true);
    Member second = Member.of(base, "second", true);
    Buyer buyer = Buyer.of(base, "comparing");

    var asked =
        ask(
            buyer,
            need(
                "\"enterpriseIds\":[%d,%d]"
                    .formatted(first.enterpriseId(), second.enterpriseId())));

    assertEquals(201, asked.statusCode(), asked.body());
    assertEquals(2, Client.json(asked).getJsonArray("enterprises").size());
    JsonObject asBuyer = request(buyer.client(), buyer.token(), id(asked));
    assertEquals("BUYER", asBuyer.getString("side"));
    assertEquals(2, asBuyer.getJsonArray("threads").size());
    JsonObject asFirst = request(first.client(), first.token(), id(asked));
    assertEquals(1, asFirst.getJsonArray("threads").size(), "an enterprise sees only its thread");
    var mine = buyer.client().getJson("/api/v1/me/quote-requests", buyer.token());
    assertEquals(200, mine.statusCode());
    assertEquals(1, Client.parse(mine.body()).asJsonArray().size());
    var theirs = second.client().getJson("/api/v1/me/quote-requests", second.token());
    assertEquals(
        "ENTERPRISE", Client.parse(theirs.body()).asJsonArray().getJsonObject(0).getString("side"));
  }

  @Test
  void askingByCategoryAndRegionFindsTheVerifiedEnterprisesWithQuoteServicesThere()
      throws Exception {
    Member gardens = Member.of(base, "gardens", true);
    Member parks = Member.of(base, "parks", true);
    Member unverified = Member.of(base, "unverified", false);
    // the region's enterprises are these (the database outlives a run)
    Database.update("UPDATE enterprise SET region = 'CRETE' WHERE region = 'IONIAN_ISLANDS'");
    quoteService(gardens, "services/green-recycling");
    quoteService(parks, "services/green-recycling");
    for (Member member : List.of(gardens, parks, unverified)) {
      Database.update(
          "UPDATE enterprise SET region = 'IONIAN_ISLANDS' WHERE id = ?", member.enterpriseId());
    }
    Buyer buyer = Buyer.of(base, "municipality");

    var asked =
        ask(buyer, need("\"category\":\"services/green-recycling\",\"region\":\"IONIAN_ISLANDS\""));

    assertEquals(201, asked.statusCode(), asked.body());
    List<Long> asked2 =
        Client.json(asked).getJsonArray("enterprises").stream()
            .map(e -> e.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    assertEquals(List.of(gardens.enterpriseId(), parks.enterpriseId()), asked2, asked.body());
    assertEquals(
        409,
        ask(buyer, need("\"category\":\"services/energy\",\"region\":\"IONIAN_ISLANDS\""))
            .statusCode());
  }

  @Test
  void onlyTheTwoSidesOfAThreadSeeIt() {
    Member seller = Member.of(base, "private", true);
    Buyer buyer = Buyer.of(base, "discreet");
    long requestId = askOne(buyer, seller);
    long quoteId = quote(seller, requestId, CATERING);
    Buyer stranger = Buyer.of(base, "curious");
    Member otherSeller = Member.of(base, "other", true);

    for (var who : List.of(stranger.client(), otherSeller.client())) {
      String token = who == stranger.client() ? stranger.token() : otherSeller.token();
      assertEquals(404, who.getJson("/api/v1/me/quote-requests/" + requestId, token).statusCode());
      assertEquals(
          404,
          who.postJson(
                  "/api/v1/quote-requests/" + requestId + "/messages", "{\"text\":\"γεια\"}", token)
              .statusCode());
      assertEquals(404, sendQuote(otherSeller, requestId, CATERING).statusCode());
      assertEquals(
          404, who.postJson("/api/v1/quotes/" + quoteId + "/accept", "{}", token).statusCode());
      assertEquals(
          404, who.postJson("/api/v1/quotes/" + quoteId + "/decline", "{}", token).statusCode());
      var listed = Client.parse(who.getJson("/api/v1/me/quote-requests", token).body());
      assertEquals(0, listed.asJsonArray().size());
    }
    assertEquals(
        403,
        seller
            .client()
            .postJson("/api/v1/quotes/" + quoteId + "/accept", "{}", seller.token())
            .statusCode(),
        "the seller does not accept its own quote");
    assertEquals(
        401, new Client(base).getJson("/api/v1/me/quote-requests/" + requestId, null).statusCode());
  }

  @Test
  void anAcceptedQuoteBecomesAnOrderWithItsLinesAndTotalsAndAcceptingAgainGivesTheSameOrder()
      throws Exception {
    Member seller = Member.of(base, "cleaning", true);
    Buyer buyer = Buyer.of(base, "school");
    long requestId = askOne(buyer, seller);
    long quoteId =
        quote(
            seller,
            requestId,
            """
            {"description":"Καθαρισμός δαπέδων","quantity":"1200","unit":"m²","unitPrice":"0.85","vatRate":24},
            {"description":"Τζάμια","quantity":2.5,"unit":"ώρες","unitPrice":"20.00","vatRate":24}
            """);

    var accepted = accept(buyer, quoteId);

    assertEquals(201, accepted.statusCode(), accepted.body());
    JsonObject order = Client.json(accepted);
    assertEquals("PENDING_PAYMENT", order.getString("status"));
    assertEquals("1070.00", order.getJsonObject("total").getString("amount"));
    assertEquals("207.10", order.getJsonObject("vatIncluded").getString("amount"));
    JsonObject part = order.getJsonArray("parts").getJsonObject(0);
    assertEquals("SERVICE", part.getString("fulfilment"));
    JsonArray lines = part.getJsonArray("lines");
    // the lines in any order; find each by its title
    JsonObject line =
        lines.getJsonObject(0).getString("title").equals("Τζάμια")
            ? lines.getJsonObject(1)
            : lines.getJsonObject(0);
    JsonObject windows =
        line == lines.getJsonObject(0) ? lines.getJsonObject(1) : lines.getJsonObject(0);
    assertTrue(line.isNull("listingId"), line.toString());
    assertEquals("Καθαρισμός δαπέδων", line.getString("title"));
    assertEquals(1200, line.getJsonNumber("measure").intValue());
    assertEquals("m²", line.getString("unit"));
    assertEquals("1020.00", line.getJsonObject("total").getString("amount"));
    assertEquals("2.5", windows.getJsonNumber("measure").toString());
    assertEquals("ώρες", windows.getString("unit"));
    assertNotNull(order.getString("payBy"));

    var again = accept(buyer, quoteId);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(order.getJsonNumber("id"), Client.json(again).getJsonNumber("id"));
    assertEquals("ACCEPTED", quoteStatus(buyer, requestId, quoteId));
    var orders = Client.parse(buyer.client().getJson("/api/v1/me/orders", buyer.token()).body());
    assertEquals(1, orders.asJsonArray().size(), "one order");
    assertTrue(
        Mailbox.withSubject(seller.email(), "Ο/η Μαρία Αγοράστρια ενέκρινε").size() == 1,
        "the seller is told");
    var sales = seller.client().getJson("/api/v1/me/sales", seller.token());
    assertTrue(sales.body().contains("Καθαρισμός δαπέδων"), sales.body());
  }

  @Test
  void aNewQuoteReplacesTheOpenOneWhichCanNoLongerBeAccepted() {
    Member seller = Member.of(base, "revising", true);
    Buyer buyer = Buyer.of(base, "patient");
    long requestId = askOne(buyer, seller);
    long first = quote(seller, requestId, CATERING);
    long revised = quote(seller, requestId, CATERING.replace("9.50", "9.00"));

    assertEquals("REVISED", quoteStatus(buyer, requestId, first));
    var refused = accept(buyer, first);
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(201, accept(buyer, revised).statusCode());
    assertEquals(
        409, sendQuote(seller, requestId, CATERING).statusCode(), "decided: no more quotes");
  }

  @Test
  void anExpiredQuoteCannotBeAccepted() throws Exception {
    Member seller = Member.of(base, "hasty", true);
    Buyer buyer = Buyer.of(base, "late");
    long requestId = askOne(buyer, seller);
    long quoteId = quote(seller, requestId, CATERING);
    Database.update(
        "UPDATE quote SET valid_until = DATE_SUB(CURDATE(), INTERVAL 2 DAY) WHERE id = ?", quoteId);

    assertEquals("EXPIRED", quoteStatus(buyer, requestId, quoteId));
    var refused = accept(buyer, quoteId);
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM quote WHERE order_id IS NOT NULL AND id = ?", quoteId))
            .longValue());
    assertEquals(
        201, sendQuote(seller, requestId, CATERING).statusCode(), "the seller may send a new one");
  }

  @Test
  void acceptingOneQuoteDeclinesTheOthersOfTheRequest() {
    Member first = Member.of(base, "ka", true);
    Member second = Member.of(base, "kb", true);
    Buyer buyer = Buyer.of(base, "choosing");
    var asked =
        ask(
            buyer,
            need(
                "\"enterpriseIds\":[%d,%d]"
                    .formatted(first.enterpriseId(), second.enterpriseId())));
    long requestId = id(asked);
    long fromFirst = quote(first, requestId, CATERING);
    long fromSecond = quote(second, requestId, CATERING.replace("9.50", "8.90"));

    assertEquals(201, accept(buyer, fromSecond).statusCode());

    assertEquals("DECLINED", quoteStatus(buyer, requestId, fromFirst));
    assertEquals(409, accept(buyer, fromFirst).statusCode());
    assertTrue(
        request(first.client(), first.token(), requestId).isNull("acceptedQuoteId"),
        "the enterprise whose quote lost does not learn which one won");
    assertEquals(
        fromSecond,
        request(second.client(), second.token(), requestId)
            .getJsonNumber("acceptedQuoteId")
            .longValue());
  }

  @Test
  void anOrderOfAQuoteThatIsCancelledOpensTheRequestAgain() {
    Member first = Member.of(base, "reopen-a", true);
    Member second = Member.of(base, "reopen-b", true);
    Buyer buyer = Buyer.of(base, "second-thoughts");
    long requestId =
        id(
            ask(
                buyer,
                need(
                    "\"enterpriseIds\":[%d,%d]"
                        .formatted(first.enterpriseId(), second.enterpriseId()))));
    long fromFirst = quote(first, requestId, CATERING);
    long fromSecond = quote(second, requestId, CATERING.replace("9.50", "8.90"));
    var accepted = accept(buyer, fromSecond);
    assertEquals(201, accepted.statusCode(), accepted.body());
    long orderId = id(accepted);

    var cancelled =
        buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());

    assertEquals("SENT", quoteStatus(buyer, requestId, fromFirst));
    assertEquals("SENT", quoteStatus(buyer, requestId, fromSecond));
    assertTrue(request(buyer.client(), buyer.token(), requestId).isNull("acceptedQuoteId"));
    var other = accept(buyer, fromFirst);
    assertEquals(201, other.statusCode(), "the buyer chooses again: " + other.body());
  }

  @Test
  void theBuyerDeclinesWithAReasonAndTheEnterpriseIsTold() throws Exception {
    Member seller = Member.of(base, "dear", true);
    Buyer buyer = Buyer.of(base, "thrifty");
    long requestId = askOne(buyer, seller);
    long quoteId = quote(seller, requestId, CATERING);

    var declined =
        buyer
            .client()
            .postJson(
                "/api/v1/quotes/" + quoteId + "/decline",
                "{\"reason\":\"Πάνω από τον προϋπολογισμό\"}",
                buyer.token());

    assertEquals(200, declined.statusCode(), declined.body());
    assertEquals("DECLINED", Client.json(declined).getString("status"));
    String mail =
        Mailbox.body(Mailbox.withSubject(seller.email(), "Ο/η Μαρία Αγοράστρια απέρριψε").get(0));
    assertTrue(mail.contains("Πάνω από τον προϋπολογισμό"), mail);
    assertEquals(409, accept(buyer, quoteId).statusCode());
  }

  @Test
  void messagesGoToTheOtherSideByMail() throws Exception {
    Member first = Member.of(base, "asking", true);
    Member second = Member.of(base, "silent", true);
    Buyer buyer = Buyer.of(base, "answering");
    long requestId =
        id(
            ask(
                buyer,
                need(
                    "\"enterpriseIds\":[%d,%d]"
                        .formatted(first.enterpriseId(), second.enterpriseId()))));

    var question =
        first
            .client()
            .postJson(
                "/api/v1/quote-requests/" + requestId + "/messages",
                "{\"text\":\"Χρειάζεστε και χορτοφαγικές μερίδες;\"}",
                first.token());
    assertEquals(201, question.statusCode(), question.body());
    String toBuyer =
        Mailbox.body(Mailbox.withSubject(buyer.email(), "Η «Επιχείρηση asking» έγραψε").get(0));
    assertTrue(toBuyer.contains("χορτοφαγικές"), toBuyer);

    assertField(
        buyer
            .client()
            .postJson(
                "/api/v1/quote-requests/" + requestId + "/messages",
                "{\"text\":\"Ναι, 20.\"}",
                buyer.token()),
        400,
        "enterpriseId");
    var answer =
        buyer
            .client()
            .postJson(
                "/api/v1/quote-requests/" + requestId + "/messages",
                "{\"text\":\"Ναι, 20 μερίδες.\",\"enterpriseId\":" + first.enterpriseId() + "}",
                buyer.token());
    assertEquals(201, answer.statusCode(), answer.body());
    String toFirst =
        Mailbox.body(Mailbox.withSubject(first.email(), "Ο/η Μαρία Αγοράστρια έγραψε").get(0));
    assertTrue(toFirst.contains("20 μερίδες"), toFirst);
    JsonObject asSecond = request(second.client(), second.token(), requestId);
    assertEquals(
        0,
        asSecond.getJsonArray("threads").getJsonObject(0).getJsonArray("messages").size(),
        "the other enterprise reads nothing of it");
  }

  @Test
  void aPublicBodyPaysOnAccountWithItsInvoicingDetailsOnTheOrder() throws Exception {
    Member seller = Member.of(base, "green", true);
    Buyer buyer = Buyer.of(base, "clerk");
    long listing = quoteService(seller, "services/green-recycling");
    String afm = People.newVatNumber();
    var asked =
        ask(
            buyer,
            """
            {"listingId":%d,"description":"Συντήρηση πρασίνου σχολείων","where":"Δήμος Χανίων",
             "when":"Σεπτέμβριος","quantity":"8.000 m²",
             "buyer":{"kind":"PUBLIC_BODY","name":"Δήμος Χανίων","afm":"%s","doy":"Χανίων",
                      "address":"Κυδωνίας 29, Χανιά","reference":"ΑΔΑ 6ΡΣΤ46ΜΓΘΓ-ΞΥΖ"}}
            """
                .formatted(listing, afm));
    assertEquals(201, asked.statusCode(), asked.body());
    long quoteId =
        quote(
            seller,
            id(asked),
            """
            {"description":"Κούρεμα χλοοτάπητα","quantity":"8000","unit":"m²","unitPrice":"0.12","vatRate":24}
            """);

    var accepted = accept(buyer, quoteId);

    assertEquals(201, accepted.statusCode(), accepted.body());
    JsonObject order = Client.json(accepted);
    assertEquals("MANUAL", order.getString("payment"));
    assertEquals("BANK_TRANSFER", order.getString("manualKind"));
    assertEquals(afm, order.getJsonObject("invoice").getString("afm"));
    assertEquals("ΑΔΑ 6ΡΣΤ46ΜΓΘΓ-ΞΥΖ", order.getJsonObject("invoice").getString("reference"));
    long orderId = order.getJsonNumber("id").longValue();
    assertNull(
        Database.value("SELECT expires_at FROM customer_order WHERE id = ?", orderId),
        "it never runs out unpaid");
    Number days =
        (Number)
            Database.value(
                "SELECT DATEDIFF(payment_due_at, created_at) FROM customer_order WHERE id = ?",
                orderId);
    assertEquals(60, days.intValue());

    // a public body pays against the invoice: issued at once, with its reference printed
    JsonObject invoice = order.getJsonArray("parts").getJsonObject(0).getJsonObject("document");
    assertEquals("INVOICE", invoice.getString("kind"));
    assertEquals("T", invoice.getString("series"));
    var pdf = new Client(base).getBytes(invoice.getString("url"));
    assertEquals(200, pdf.statusCode());
    String text =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(
                new com.lowagie.text.pdf.PdfReader(pdf.body()))
            .getTextFromPage(1);
    assertTrue(text.contains("ΑΔΑ 6ΡΣΤ46ΜΓΘΓ-ΞΥΖ") && text.contains(afm), text);
  }

  @Test
  void aQuoteNamesItsFaultyField() {
    Member seller = Member.of(base, "mistakes", true);
    Buyer buyer = Buyer.of(base, "careful");
    long requestId = askOne(buyer, seller);

    assertField(sendQuote(seller, requestId, ""), 400, "lines");
    assertField(
        sendQuote(seller, requestId, CATERING.replace("\"quantity\":120", "\"quantity\":0")),
        400,
        "lines[0].quantity");
    assertField(
        sendQuote(seller, requestId, CATERING + "," + CATERING.replace("13}", "17}")),
        400,
        "lines[1].vatRate");
    assertField(
        seller
            .client()
            .postJson(
                "/api/v1/me/quote-requests/" + requestId + "/quotes",
                "{\"lines\":[" + CATERING + "],\"validUntil\":\"2020-01-01\"}",
                seller.token()),
        400,
        "validUntil");
  }

  @Test
  void aQuoteTooLargeForOnePaymentOrSmallerThanACentNamesTheLines() {
    Member seller = Member.of(base, "bounds", true);
    Buyer buyer = Buyer.of(base, "bounded");
    long requestId = askOne(buyer, seller);

    assertField(
        sendQuote(
            seller,
            requestId,
            CATERING
                .replace("\"quantity\":120", "\"quantity\":1000000")
                .replace("\"9.50\"", "\"1000000\"")),
        400,
        "lines");
    assertField(
        sendQuote(
            seller,
            requestId,
            CATERING
                .replace("\"quantity\":120", "\"quantity\":0.001")
                .replace("\"9.50\"", "\"0.01\"")),
        400,
        "lines[0].quantity");
  }

  @Test
  void twentyConcurrentAcceptsOfOneQuoteMakeOneOrder() throws Exception {
    Member seller = Member.of(base, "wanted", true);
    Buyer buyer = Buyer.of(base, "hurried");
    long requestId = askOne(buyer, seller);
    long quoteId = quote(seller, requestId, CATERING);

    List<Integer> statuses = Race.statuses(20, () -> accept(buyer, quoteId));

    assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
    assertEquals(19, Collections.frequency(statuses, 200), statuses.toString());
    var orders = Client.parse(buyer.client().getJson("/api/v1/me/orders", buyer.token()).body());
    assertEquals(1, orders.asJsonArray().size());
  }

  private static HttpResponse<String> attach(
      Client client, String token, long requestId, String query, byte[] file, String type) {
    return client.postBytes(
        "/api/v1/quote-requests/" + requestId + "/attachments?" + query, file, type, token);
  }

  @Test
  void documentsOfARequestAreReadOnlyByTheTwoSidesOfTheirThread() throws Exception {
    Buyer buyer = Buyer.of(base, "documents-buyer");
    Member first = Member.of(base, "documents-first", true);
    Member second = Member.of(base, "documents-second", true);
    Member outsider = Member.of(base, "documents-outsider", true);
    var asked =
        ask(
            buyer,
            need(
                "\"enterpriseIds\":[%d,%d]"
                    .formatted(first.enterpriseId(), second.enterpriseId())));
    assertEquals(201, asked.statusCode(), asked.body());
    long requestId = id(asked);

    // the buyer's plan for both; a PDF's name is kept as a label only, its path dropped
    var plan =
        attach(
            buyer.client(),
            buyer.token(),
            requestId,
            "name=..%2F..%2Fκάτοψη%20αυλής.pdf",
            Documents.pdf("Κάτοψη αυλής"),
            "application/pdf");
    assertEquals(201, plan.statusCode(), plan.body());
    assertEquals("κάτοψη αυλής.pdf", Client.json(plan).getString("name"));
    String planUrl = Client.json(plan).getString("url");
    // a photo for the first enterprise only: re-encoded, its GPS position gone
    var photo =
        attach(
            buyer.client(),
            buyer.token(),
            requestId,
            "name=photo.jpg&enterpriseId=" + first.enterpriseId(),
            Images.jpegWithGps(),
            "image/jpeg");
    assertEquals(201, photo.statusCode(), photo.body());
    String photoUrl = Client.json(photo).getString("url");
    // the first enterprise's answer, on its own thread
    var terms =
        attach(
            first.client(),
            first.token(),
            requestId,
            "name=terms.pdf",
            Documents.pdf("Όροι"),
            "application/octet-stream");
    assertEquals(201, terms.statusCode(), terms.body());
    assertEquals("ENTERPRISE", Client.json(terms).getString("side"));
    String termsUrl = Client.json(terms).getString("url");

    // wrong files: named next to the field, nothing stored
    for (var wrong :
        List.of(Documents.brokenPdf(), Images.executable(), Images.gif(), new byte[0])) {
      var refused =
          attach(buyer.client(), buyer.token(), requestId, "name=x.pdf", wrong, "application/pdf");
      assertEquals("file", Client.json(refused).getString("field"), refused.body());
      assertTrue(refused.statusCode() == 400 || refused.statusCode() == 415, refused.body());
    }
    assertEquals(
        413,
        attach(
                buyer.client(),
                buyer.token(),
                requestId,
                "name=big.pdf",
                Images.tooBig(),
                "application/pdf")
            .statusCode());

    // who reads what
    var downloaded = buyer.client().getBytes(planUrl, "Authorization", "Bearer " + buyer.token());
    assertEquals(200, downloaded.statusCode());
    assertTrue(
        downloaded.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(
        downloaded.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("nosniff", downloaded.headers().firstValue("X-Content-Type-Options").orElse(""));
    var jpeg = first.client().getBytes(photoUrl, "Authorization", "Bearer " + first.token());
    assertEquals(200, jpeg.statusCode());
    assertFalse(
        new String(jpeg.body(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPS"),
        "the photo's metadata is gone");
    assertEquals(
        200,
        second
            .client()
            .getBytes(planUrl, "Authorization", "Bearer " + second.token())
            .statusCode());
    for (String url : List.of(photoUrl, termsUrl)) {
      assertEquals(
          404,
          second.client().getBytes(url, "Authorization", "Bearer " + second.token()).statusCode(),
          "the other enterprise asked does not read " + url);
    }
    for (String url : List.of(planUrl, photoUrl, termsUrl)) {
      assertEquals(
          404,
          outsider
              .client()
              .getBytes(url, "Authorization", "Bearer " + outsider.token())
              .statusCode());
      assertEquals(401, new Client(base).getBytes(url).statusCode());
    }
    // each side's list names what it reads, and no more
    assertEquals(
        3, request(buyer.client(), buyer.token(), requestId).getJsonArray("attachments").size());
    assertEquals(
        3, request(first.client(), first.token(), requestId).getJsonArray("attachments").size());
    assertEquals(
        1, request(second.client(), second.token(), requestId).getJsonArray("attachments").size());
    // the buyer sees them on the request's page
    String page = buyer.client().browse("/quotes/" + requestId).body();
    assertTrue(page.contains("κάτοψη αυλής.pdf") && page.contains("terms.pdf"), page);
    String theirs = second.client().browse("/quotes/" + requestId).body();
    assertTrue(theirs.contains("κάτοψη αυλής.pdf") && !theirs.contains("terms.pdf"), theirs);
  }
}
