package org.koinagora.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Archives;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Images;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.Race;

/**
 * Orders through the API: stock is never oversold, prices come from the server, each enterprise
 * sees only its part.
 */
class OrdersIT extends DeployedWarIT {

  static long listing(Member seller, String title, String price, Integer stock) {
    return Listings.product(seller, title, price, stock);
  }

  static String order(String lines, String fulfilment) {
    return "{\"lines\":[" + lines + "],\"fulfilment\":" + fulfilment + ",\"payment\":\"MANUAL\"}";
  }

  static String line(long listingId, int quantity) {
    return "{\"listingId\":" + listingId + ",\"quantity\":" + quantity + "}";
  }

  static final String PICKUP = "{\"method\":\"PICKUP_AT_ENTERPRISE\"}";

  @Test
  void aSaleMarkedPaidTwiceAtOnceIsPaidOnceAndNeitherAnswerIsAnError() throws Exception {
    Member seller = Member.of(base, "paid-twice", true);
    long cheese = listing(seller, "Γραβιέρα", "9.00", 10);
    Buyer buyer = Buyer.of(base, "paid-twice-buyer");
    var placed =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":["
                    + line(cheese, 1)
                    + "],\"fulfilment\":"
                    + PICKUP
                    + ",\"payment\":\"MANUAL\"}",
                buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    long part =
        Client.parse(seller.client().getJson("/api/v1/me/sales", seller.token()).body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var statuses =
        Race.statuses(
            3,
            () ->
                seller
                    .client()
                    .postJson("/api/v1/me/sales/" + part + "/paid", "{}", seller.token()));
    assertTrue(
        statuses.contains(200)
            && statuses.stream().allMatch(status -> status == 200 || status == 409),
        "paid, or 'already so': " + statuses);
    assertEquals("PAID", Database.value("SELECT status FROM order_part WHERE id = ?", part));
  }

  @Test
  void aHundredConcurrentOrdersForTenInStockAcceptExactlyTenAndStockEndsAtZero() throws Exception {
    Member seller = Member.of(base, "scarce", true);
    long honey = listing(seller, "Μέλι ελάτης", "9.00", 10);
    List<Buyer> buyers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      buyers.add(Buyer.of(base, "rush-buyer" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Buyer buyer = buyers.get(i % 10);
      attempts.add(
          pool.submit(
              () ->
                  buyer
                      .client()
                      .postJson("/api/v1/orders", order(line(honey, 1), PICKUP), buyer.token())));
    }
    int accepted = 0;
    for (var attempt : attempts) {
      var response = attempt.get();
      if (response.statusCode() == 201) {
        accepted++;
      } else {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(
            Client.json(response).getString("message").contains("Μέλι ελάτης"), response.body());
      }
    }
    pool.shutdown();
    assertEquals(10, accepted);
    assertEquals(
        0, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue());
    assertEquals(
        10L,
        ((Number)
                Database.value(
                    "SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE listing_id = ?",
                    honey))
            .longValue());
    assertTrue(
        new Client(base).get("/products/" + honey).body().contains("Εξαντλήθηκε"),
        "the product page says it is sold out at once");
  }

  @Test
  void pricesComeFromTheServerWhateverTheRequestSays() {
    Member seller = Member.of(base, "fair-price", true);
    long oil = listing(seller, "Ελαιόλαδο", "12.40", null);
    Buyer buyer = Buyer.of(base, "tamperer");
    var placed =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":[{\"listingId\":"
                    + oil
                    + ",\"quantity\":3,\"price\":\"0.01\",\"unitPrice\":\"0.01\"}],\"total\":\"0.03\","
                    + "\"fulfilment\":"
                    + PICKUP
                    + ",\"payment\":\"MANUAL\"}",
                buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    JsonObject order = Client.json(placed);
    assertEquals("37.20", order.getJsonObject("total").getString("amount"));
    assertEquals(
        "4.28",
        order.getJsonObject("vatIncluded").getString("amount"),
        "13% VAT included in 37.20");
    assertEquals("PENDING_PAYMENT", order.getString("status"));

    var zero =
        buyer.client().postJson("/api/v1/orders", order(line(oil, 0), PICKUP), buyer.token());
    assertEquals(400, zero.statusCode());
    assertEquals("lines", Client.json(zero).getString("field"));
    var unknown =
        buyer.client().postJson("/api/v1/orders", order(line(999_999, 1), PICKUP), buyer.token());
    assertEquals(400, unknown.statusCode());
    var noAddress =
        buyer
            .client()
            .postJson(
                "/api/v1/orders", order(line(oil, 1), "{\"method\":\"DELIVERY\"}"), buyer.token());
    assertEquals(400, noAddress.statusCode(), noAddress.body());
    assertTrue(Client.json(noAddress).getString("field").startsWith("address"), noAddress.body());
    assertEquals(
        401,
        new Client(base)
            .postJson("/api/v1/orders", order(line(oil, 1), PICKUP), null)
            .statusCode());
  }

  @Test
  void eachEnterpriseSeesAndMovesOnlyItsPartAndTheBuyerIsToldEachStep() throws Exception {
    Member bakery = Member.of(base, "bakery", true);
    Member farm = Member.of(base, "farm", true);
    long bread = listing(bakery, "Προζυμένιο ψωμί", "3.50", 20);
    long eggs = listing(farm, "Αυγά ελευθέρας", "4.00", 30);
    Buyer buyer = Buyer.of(base, "two-shops");
    String body =
        "{\"lines\":["
            + line(bread, 2)
            + ","
            + line(eggs, 1)
            + "],\"fulfilment\":{\"method\":\"DELIVERY\","
            + "\"address\":{\"street\":\"Ερμού 10\",\"postcode\":\"105 63\",\"city\":\"Αθήνα\"}},"
            + "\"fulfilments\":{\""
            + farm.enterpriseId()
            + "\":{\"method\":\"PICKUP_AT_ENTERPRISE\"}},\"payment\":\"MANUAL\",\"phone\":\"2100000000\"}";
    var placed = buyer.client().postJson("/api/v1/orders", body, buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertTrue(
        Mailbox.subject(Mailbox.to(buyer.email(), 1).get(0)).contains(String.valueOf(orderId)),
        "a confirmation mail");

    var bakerySales =
        Client.parse(bakery.client().getJson("/api/v1/me/sales", bakery.token()).body())
            .asJsonArray();
    assertEquals(1, bakerySales.size());
    JsonObject bakeryPart = bakerySales.getJsonObject(0);
    assertEquals(
        1, bakeryPart.getJsonObject("part").getJsonArray("lines").size(), "only its own lines");
    assertEquals(
        "Ερμού 10",
        bakeryPart.getJsonObject("buyer").getString("street"),
        "a delivery needs the address");
    JsonObject farmPart =
        Client.parse(farm.client().getJson("/api/v1/me/sales", farm.token()).body())
            .asJsonArray()
            .getJsonObject(0);
    assertTrue(
        farmPart.getJsonObject("buyer").isNull("street"),
        "a pickup does not see where the buyer lives");
    long bakeryPartId = bakeryPart.getJsonNumber("id").longValue();
    long farmPartId = farmPart.getJsonNumber("id").longValue();

    assertEquals(
        403,
        farm.client()
            .postJson("/api/v1/me/sales/" + bakeryPartId + "/paid", "{}", farm.token())
            .statusCode());
    assertEquals(
        409,
        bakery
            .client()
            .postJson("/api/v1/me/sales/" + bakeryPartId + "/shipped", "{}", bakery.token())
            .statusCode(),
        "not before it is paid");
    assertEquals(
        200,
        bakery
            .client()
            .postJson("/api/v1/me/sales/" + bakeryPartId + "/paid", "{}", bakery.token())
            .statusCode());
    assertEquals(
        "PENDING_PAYMENT",
        Database.value("SELECT status FROM customer_order WHERE id = ?", orderId),
        "the farm is not paid yet");
    assertEquals(
        200,
        farm.client()
            .postJson("/api/v1/me/sales/" + farmPartId + "/paid", "{}", farm.token())
            .statusCode());
    assertEquals("PAID", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));
    assertEquals(
        200,
        bakery
            .client()
            .postJson("/api/v1/me/sales/" + bakeryPartId + "/shipped", "{}", bakery.token())
            .statusCode());
    var mails = Mailbox.to(buyer.email(), 4);
    assertTrue(Mailbox.body(mails.get(3)).contains("στάλθηκε"), Mailbox.body(mails.get(3)));

    var cancel =
        buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(409, cancel.statusCode(), "part of it was shipped: a return, not a cancellation");
    assertEquals(
        200,
        farm.client()
            .postJson("/api/v1/me/sales/" + farmPartId + "/ready", "{}", farm.token())
            .statusCode());
    assertEquals(
        200,
        farm.client()
            .postJson("/api/v1/me/sales/" + farmPartId + "/picked-up", "{}", farm.token())
            .statusCode());
    assertEquals(
        "FULFILLED", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));

    var csv =
        bakery
            .client()
            .get("/api/v1/me/sales/export.csv", "Authorization", "Bearer " + bakery.token());
    assertTrue(
        csv.body().startsWith("\uFEFFπαραγγελία;ημερομηνία;κατάσταση;")
            && csv.body().contains("Προζυμένιο ψωμί")
            && !csv.body().contains("Αυγά"),
        csv.body());
    var mine =
        Client.parse(buyer.client().getJson("/api/v1/me/orders", buyer.token()).body())
            .asJsonArray();
    assertEquals("FULFILLED", mine.getJsonObject(0).getString("status"));
    assertEquals(
        404,
        Buyer.of(base, "nosy")
            .client()
            .getJson("/api/v1/me/orders/" + orderId, Buyer.of(base, "nosy2").token())
            .statusCode());
  }

  @Test
  void aBankTransferBuyerIsToldTheIbanOfEachEnterpriseAndOnlyThatBuyerSeesIt() throws Exception {
    Member seller = Member.of(base, "iban-seller", true);
    String vat =
        (String)
            Database.value("SELECT vat_number FROM enterprise WHERE id = ?", seller.enterpriseId());
    String profile = People.enterpriseJson("Επιχείρηση iban-seller", vat);
    var bad =
        seller
            .client()
            .putJson(
                "/api/v1/enterprises/" + seller.enterpriseId(),
                profile.replace(
                    "\"website\":\"\"",
                    "\"website\":\"\",\"iban\":\"GR1601101250000000012300696\""),
                seller.token());
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals("iban", Client.json(bad).getString("field"));
    var good =
        seller
            .client()
            .putJson(
                "/api/v1/enterprises/" + seller.enterpriseId(),
                profile.replace(
                    "\"website\":\"\"",
                    "\"website\":\"\",\"iban\":\"GR16 0110 1250 0000 0001 2300 695\""),
                seller.token());
    assertEquals(200, good.statusCode(), good.body());
    assertFalse(good.body().contains("GR16"), "the IBAN is not public");
    assertFalse(
        new Client(base).get("/enterprises/" + seller.enterpriseId()).body().contains("GR16"));

    long oil = listing(seller, "Λάδι Κολυμβαρίου", "9.50", 10);
    Buyer buyer = Buyer.of(base, "transfer-buyer");
    var placed =
        buyer.client().postJson("/api/v1/orders", order(line(oil, 2), PICKUP), buyer.token());
    String reference = Client.json(placed).getString("reference");
    String mail = Mailbox.body(Mailbox.to(buyer.email(), 1).get(0));
    assertTrue(mail.contains("GR16 0110 1250 0000 0001 2300 695") && mail.contains("19,00"), mail);
    assertTrue(
        new Client(base)
            .get("/order?ref=" + reference)
            .body()
            .contains("GR16 0110 1250 0000 0001 2300 695"));
  }

  @Test
  void theBuyerCancelsAnUnshippedOrderAndItsStockReturns() throws Exception {
    Member seller = Member.of(base, "cheese", true);
    long cheese = listing(seller, "Γραβιέρα", "15.00", 5);
    Buyer buyer = Buyer.of(base, "changed-mind");
    var placed =
        buyer.client().postJson("/api/v1/orders", order(line(cheese, 4), PICKUP), buyer.token());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertEquals(
        1, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", cheese)).intValue());
    assertEquals(
        404,
        Buyer.of(base, "stranger")
            .client()
            .postJson(
                "/api/v1/orders/" + orderId + "/cancel", "{}", Buyer.of(base, "stranger2").token())
            .statusCode());

    var cancelled =
        buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Client.json(cancelled).getString("status"));
    assertEquals(
        5, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", cheese)).intValue());
    assertEquals(
        409,
        buyer
            .client()
            .postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token())
            .statusCode());
    assertTrue(Mailbox.subject(Mailbox.to(buyer.email(), 2).get(1)).contains("ακυρώθηκε"));
  }

  @Test
  void aVisitorsCartJoinsTheirAccountsWhenTheySignInAndNeverHoldsMoreThanTheStock()
      throws Exception {
    Member seller = Member.of(base, "cart-seller", true);
    long figs = listing(seller, "Ξερά σύκα", "4.00", 5);
    long nuts = listing(seller, "Καρύδια", "8.00", null);
    Client visitor = new Client(base);
    var added =
        visitor.postForm("/cart/add", Map.of("listing", String.valueOf(figs), "quantity", "3"));
    assertTrue(Client.location(added).contains("/cart?added=" + figs), Client.location(added));
    assertTrue(
        visitor.hasCookie("koinagora_cart"), "a visitor's cart needs no session, only a cookie");
    var tooMany =
        visitor.postForm("/cart/add", Map.of("listing", String.valueOf(figs), "quantity", "3"));
    assertTrue(
        Client.location(tooMany).contains("problem=cart.only_left"),
        "3 + 3 is more than the 5 in stock");
    String cart = visitor.browse("/cart").body();
    assertTrue(cart.contains("Ξερά σύκα") && cart.contains("12,00"), cart);

    String email = People.newEmail("cart-owner");
    Client elsewhere = People.register(base, email, "Άννα");
    elsewhere.postForm("/cart/add", Map.of("listing", String.valueOf(nuts), "quantity", "1"));
    var signedIn =
        visitor.submit(
            "/login", "form", Map.of("email", email, "password", People.PASSWORD), "submit");
    assertEquals(200, signedIn.statusCode());
    String merged = visitor.browse("/cart").body();
    assertTrue(
        merged.contains("Ξερά σύκα") && merged.contains("Καρύδια") && merged.contains("20,00"),
        "both carts, one total: " + merged);
    assertEquals(
        2L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM cart_item i JOIN cart c ON c.id = i.cart_id JOIN"
                        + " user_account u ON u.id = c.user_id WHERE u.email = ?",
                    email))
            .longValue());
  }

  @Test
  void aGuestOrderJoinsTheAccountTheGuestCreatesAfterwards() throws Exception {
    Member seller = Member.of(base, "guest-seller", true);
    long soap = listing(seller, "Σαπούνι δάφνης", "3.00", 10);
    Client guest = new Client(base);
    guest.postForm("/cart/add", Map.of("listing", String.valueOf(soap), "quantity", "2"));
    String email = People.newEmail("guest");
    var order =
        guest.submit(
            "/checkout",
            "checkout",
            Map.of("email", email, "name", "Μαρία", "payment", "BANK_TRANSFER"),
            "place");
    assertTrue(
        order.body().contains("Σαπούνι δάφνης") && order.body().contains("register?order="),
        order.body());
    String reference =
        (String) Database.value("SELECT reference FROM customer_order WHERE email = ?", email);
    assertTrue(
        Database.value("SELECT buyer_id FROM customer_order WHERE email = ?", email) == null,
        "a guest's order");

    var registered =
        guest.submit(
            "/register?order=" + reference,
            "form",
            Map.of(
                "email",
                email,
                "name",
                "Μαρία",
                "password",
                People.PASSWORD,
                "passwordRepeat",
                People.PASSWORD,
                "order",
                reference),
            "submit");
    assertTrue(registered.body().contains(email), "told where the link went: " + registered.body());
    String link = People.confirmationLink(email);
    assertTrue(
        link.contains("&order=" + reference),
        "the link brings the guest back to the order: " + link);
    var confirmed = People.confirm(guest, link);
    assertTrue(Client.isRedirect(confirmed), confirmed.body());
    var signedIn =
        guest.submit(
            Client.location(confirmed),
            "form",
            Map.of("email", email, "password", People.PASSWORD),
            "submit");
    assertTrue(signedIn.body().contains("Σαπούνι δάφνης"), "back on the order: " + signedIn.body());
    assertTrue(
        Database.value("SELECT buyer_id FROM customer_order WHERE email = ?", email) != null,
        "the order joined the new account");
    Client other = People.register(base, People.newEmail("someone-else"), "Άλλος");
    other.browse("/order?ref=" + reference + "&claim=1");
    assertEquals(
        Database.value("SELECT id FROM user_account WHERE email = ?", email),
        Database.value("SELECT buyer_id FROM customer_order WHERE email = ?", email),
        "another account cannot take it");
  }

  @Test
  void anUnpaidOrderPastItsTimeEndsAndGivesItsStockBack() throws Exception {
    Member seller = Member.of(base, "late", true);
    long jam = listing(seller, "Μαρμελάδα σύκο", "6.00", 3);
    Buyer buyer = Buyer.of(base, "forgetful");
    var placed =
        buyer.client().postJson("/api/v1/orders", order(line(jam, 3), PICKUP), buyer.token());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertEquals(
        0, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", jam)).intValue());
    Database.update(
        "UPDATE customer_order SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?", orderId);
    long deadline = System.currentTimeMillis() + 45_000;
    while (!"CANCELLED"
            .equals(Database.value("SELECT status FROM customer_order WHERE id = ?", orderId))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertEquals(
        "CANCELLED",
        Database.value("SELECT status FROM customer_order WHERE id = ?", orderId),
        "ended within 30 s");
    assertEquals(
        3, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", jam)).intValue());
    assertFalse(
        new Client(base).get("/products/" + jam).body().contains("Εξαντλήθηκε"), "back on sale");
  }

  /**
   * An enterprise leaves with everything: its archive opens, each table is there as CSV and JSON
   * with the same rows as the API shows, its pictures come along, and only its members get it.
   */
  @Test
  void anEnterpriseDownloadsItsWholeArchiveAndItReadsBack() throws Exception {
    Member seller = Member.of(base, "leaving", true);
    // a title with the separator and quotes (JSON-escaped for the request)
    long honey = listing(seller, "Μέλι; θυμαρίσιο \\\"βουνού\\\"", "11.00", 20);
    // a title a spreadsheet would take for a formula
    long wax = listing(seller, "=Κερί", "3.00", 20);
    var picture =
        seller
            .client()
            .postBytes(
                "/api/v1/me/listings/" + honey + "/images",
                Images.png(80, 60),
                "image/png",
                seller.token());
    assertTrue(picture.statusCode() < 300, picture.body());
    Buyer buyer = Buyer.of(base, "leaving-buyer");
    for (String lines : List.of(line(honey, 2) + "," + line(wax, 1), line(wax, 3))) {
      var placed = buyer.client().postJson("/api/v1/orders", order(lines, PICKUP), buyer.token());
      assertEquals(201, placed.statusCode(), placed.body());
    }
    Database.update(
        "UPDATE customer_order SET phone = '+30 210 1234567' WHERE id IN (SELECT order_id FROM"
            + " order_part WHERE enterprise_id = ?)",
        seller.enterpriseId());

    String path = "/api/v1/me/export?enterprise=" + seller.enterpriseId();
    var response = seller.client().getBytes(path, "Authorization", "Bearer " + seller.token());
    assertEquals(200, response.statusCode());
    assertEquals(
        "application/zip", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    Map<String, byte[]> entries = Archives.entries(response.body());
    for (String table :
        List.of(
            "listings",
            "pictures",
            "orders",
            "order_lines",
            "delivery_terms",
            "delivery_rates",
            "slot_bookings",
            "service_slots",
            "stand_bookings",
            "quote_requests",
            "quote_messages",
            "quotes",
            "quote_lines",
            "quote_documents")) {
      assertTrue(entries.containsKey(table + ".csv"), table + ".csv in " + entries.keySet());
      assertTrue(entries.containsKey(table + ".json"), table + ".json in " + entries.keySet());
      assertEquals(
          Client.parse(Archives.text(entries.get(table + ".json"))).asJsonArray().size(),
          Archives.csv(entries.get(table + ".csv")).size() - 1,
          table + ": as many CSV rows as JSON items");
    }
    var profile = Client.parse(Archives.text(entries.get("profile.json"))).asJsonObject();
    assertEquals(seller.enterpriseId(), profile.getJsonNumber("id").longValue());
    var manifest = Client.parse(Archives.text(entries.get("manifest.json"))).asJsonObject();

    int listed =
        Client.parse(
                seller
                    .client()
                    .getJson(
                        "/api/v1/me/listings?enterprise=" + seller.enterpriseId(), seller.token())
                    .body())
            .asJsonArray()
            .size();
    List<List<String>> listings = Archives.csv(entries.get("listings.csv"));
    assertEquals(listed, listings.size() - 1, "the listings the API shows");
    assertEquals(listed, manifest.getJsonObject("rows").getInt("listings"));
    int title = listings.get(0).indexOf("title_el");
    assertTrue(
        listings.stream().anyMatch(row -> row.get(title).equals("Μέλι; θυμαρίσιο \"βουνού\"")),
        "a title with ; and quotes reads back whole: " + listings);
    assertTrue(
        listings.stream().anyMatch(row -> row.get(title).equals("'=Κερί")),
        "a title that looks like a formula is defused in the CSV: " + listings);
    assertTrue(
        Archives.text(entries.get("listings.json")).contains("\"title_el\":\"=Κερί\""),
        "and exact in the JSON");

    var sales =
        Client.parse(
                seller
                    .client()
                    .getJson("/api/v1/me/sales?enterprise=" + seller.enterpriseId(), seller.token())
                    .body())
            .asJsonArray();
    List<List<String>> orders = Archives.csv(entries.get("orders.csv"));
    assertEquals(sales.size(), orders.size() - 1, "the sales the API shows");
    int email = orders.get(0).indexOf("email");
    assertTrue(
        orders.stream().skip(1).allMatch(row -> row.get(email).equals(buyer.email())),
        "the buyer's contact, to fulfil the order: " + orders);
    int phone = orders.get(0).indexOf("phone");
    assertTrue(
        orders.stream().skip(1).allMatch(row -> row.get(phone).equals("0030 210 1234567")),
        "a phone a spreadsheet keeps as text, as in the sales CSV: " + orders);
    assertEquals(
        3, Archives.csv(entries.get("order_lines.csv")).size() - 1, "every line of both orders");
    assertTrue(
        entries.keySet().stream().anyMatch(name -> name.startsWith("pictures/")),
        "the picture's file: " + entries.keySet());

    var stranger = buyer.client().getBytes(path, "Authorization", "Bearer " + buyer.token());
    assertEquals(403, stranger.statusCode(), "only the enterprise's members");
  }
}
