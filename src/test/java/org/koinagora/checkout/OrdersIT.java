package org.koinagora.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;

/** Orders through the API: stock is never oversold, prices come from the server, each enterprise sees only its part. */
class OrdersIT extends DeployedWarIT {

  record Buyer(String email, Client client, String token) {
    static Buyer of(java.net.URI base, String who) {
      String email = People.newEmail(who);
      Client client = People.register(base, email, who);
      return new Buyer(email, client, People.token(client, email, People.PASSWORD));
    }
  }

  static long listing(Member seller, String title, String price, Integer stock) {
    var created = seller.client().postJson("/api/v1/me/listings", """
        {"kind":"PRODUCT","title":{"el":"%s","en":"%s"},"description":{"el":"Από μικρούς παραγωγούς.","en":"From small producers."},
         "price":"%s","vatRate":13,"unit":"PIECE","stock":%s,"category":"food/honey","tags":["local"],"status":"ACTIVE"}
        """.formatted(title, title, price, stock == null ? "null" : stock), seller.token());
    assertEquals(201, created.statusCode(), created.body());
    return Client.json(created).getJsonNumber("id").longValue();
  }

  static String order(String lines, String fulfilment) {
    return "{\"lines\":[" + lines + "],\"fulfilment\":" + fulfilment + ",\"payment\":\"MANUAL\"}";
  }

  static String line(long listingId, int quantity) {
    return "{\"listingId\":" + listingId + ",\"quantity\":" + quantity + "}";
  }

  static final String PICKUP = "{\"method\":\"PICKUP_AT_ENTERPRISE\"}";

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
      attempts.add(pool.submit(() -> buyer.client().postJson("/api/v1/orders", order(line(honey, 1), PICKUP), buyer.token())));
    }
    int accepted = 0;
    for (var attempt : attempts) {
      var response = attempt.get();
      if (response.statusCode() == 201) {
        accepted++;
      } else {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(Client.json(response).getString("message").contains("Μέλι ελάτης"), response.body());
      }
    }
    pool.shutdown();
    assertEquals(10, accepted);
    assertEquals(0, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue());
    assertEquals(10L, ((Number) Database.value("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE listing_id = ?", honey)).longValue());
    assertTrue(new Client(base).get("/products/" + honey).body().contains("Εξαντλήθηκε"), "the product page says it is sold out at once");
  }

  @Test
  void pricesComeFromTheServerWhateverTheRequestSays() {
    Member seller = Member.of(base, "fair-price", true);
    long oil = listing(seller, "Ελαιόλαδο", "12.40", null);
    Buyer buyer = Buyer.of(base, "tamperer");
    var placed = buyer.client().postJson("/api/v1/orders",
        "{\"lines\":[{\"listingId\":" + oil + ",\"quantity\":3,\"price\":\"0.01\",\"unitPrice\":\"0.01\"}],\"total\":\"0.03\","
            + "\"fulfilment\":" + PICKUP + ",\"payment\":\"MANUAL\"}", buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    JsonObject order = Client.json(placed);
    assertEquals("37.20", order.getJsonObject("total").getString("amount"));
    assertEquals("4.28", order.getJsonObject("vatIncluded").getString("amount"), "13% VAT included in 37.20");
    assertEquals("PENDING_PAYMENT", order.getString("status"));

    var zero = buyer.client().postJson("/api/v1/orders", order(line(oil, 0), PICKUP), buyer.token());
    assertEquals(400, zero.statusCode());
    assertEquals("lines", Client.json(zero).getString("field"));
    var unknown = buyer.client().postJson("/api/v1/orders", order(line(999_999, 1), PICKUP), buyer.token());
    assertEquals(400, unknown.statusCode());
    var noAddress = buyer.client().postJson("/api/v1/orders", order(line(oil, 1), "{\"method\":\"DELIVERY\"}"), buyer.token());
    assertEquals(400, noAddress.statusCode(), noAddress.body());
    assertTrue(Client.json(noAddress).getString("field").startsWith("address"), noAddress.body());
    assertEquals(401, new Client(base).postJson("/api/v1/orders", order(line(oil, 1), PICKUP), null).statusCode());
  }

  @Test
  void eachEnterpriseSeesAndMovesOnlyItsPartAndTheBuyerIsToldEachStep() throws Exception {
    Member bakery = Member.of(base, "bakery", true);
    Member farm = Member.of(base, "farm", true);
    long bread = listing(bakery, "Προζυμένιο ψωμί", "3.50", 20);
    long eggs = listing(farm, "Αυγά ελευθέρας", "4.00", 30);
    Buyer buyer = Buyer.of(base, "two-shops");
    String body = "{\"lines\":[" + line(bread, 2) + "," + line(eggs, 1) + "],\"fulfilment\":{\"method\":\"DELIVERY\","
        + "\"address\":{\"street\":\"Ερμού 10\",\"postcode\":\"105 63\",\"city\":\"Αθήνα\"}},"
        + "\"fulfilments\":{\"" + farm.enterpriseId() + "\":{\"method\":\"PICKUP_AT_ENTERPRISE\"}},\"payment\":\"MANUAL\",\"phone\":\"2100000000\"}";
    var placed = buyer.client().postJson("/api/v1/orders", body, buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertTrue(Mailbox.subject(Mailbox.to(buyer.email(), 1).get(0)).contains(String.valueOf(orderId)), "a confirmation mail");

    var bakerySales = Client.parse(bakery.client().getJson("/api/v1/me/sales", bakery.token()).body()).asJsonArray();
    assertEquals(1, bakerySales.size());
    JsonObject bakeryPart = bakerySales.getJsonObject(0);
    assertEquals(1, bakeryPart.getJsonObject("part").getJsonArray("lines").size(), "only its own lines");
    assertEquals("Ερμού 10", bakeryPart.getJsonObject("buyer").getString("street"), "a delivery needs the address");
    JsonObject farmPart = Client.parse(farm.client().getJson("/api/v1/me/sales", farm.token()).body()).asJsonArray().getJsonObject(0);
    assertTrue(farmPart.getJsonObject("buyer").isNull("street"), "a pickup does not see where the buyer lives");
    long bakeryPartId = bakeryPart.getJsonNumber("id").longValue();
    long farmPartId = farmPart.getJsonNumber("id").longValue();

    assertEquals(403, farm.client().postJson("/api/v1/me/sales/" + bakeryPartId + "/paid", "{}", farm.token()).statusCode());
    assertEquals(409, bakery.client().postJson("/api/v1/me/sales/" + bakeryPartId + "/shipped", "{}", bakery.token()).statusCode(), "not before it is paid");
    assertEquals(200, bakery.client().postJson("/api/v1/me/sales/" + bakeryPartId + "/paid", "{}", bakery.token()).statusCode());
    assertEquals("PENDING_PAYMENT", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId), "the farm is not paid yet");
    assertEquals(200, farm.client().postJson("/api/v1/me/sales/" + farmPartId + "/paid", "{}", farm.token()).statusCode());
    assertEquals("PAID", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));
    assertEquals(200, bakery.client().postJson("/api/v1/me/sales/" + bakeryPartId + "/shipped", "{}", bakery.token()).statusCode());
    var mails = Mailbox.to(buyer.email(), 4);
    assertTrue(Mailbox.body(mails.get(3)).contains("στάλθηκε"), Mailbox.body(mails.get(3)));

    var cancel = buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(409, cancel.statusCode(), "part of it was shipped: a return, not a cancellation");
    assertEquals(200, farm.client().postJson("/api/v1/me/sales/" + farmPartId + "/ready", "{}", farm.token()).statusCode());
    assertEquals(200, farm.client().postJson("/api/v1/me/sales/" + farmPartId + "/picked-up", "{}", farm.token()).statusCode());
    assertEquals("FULFILLED", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));

    var csv = bakery.client().get("/api/v1/me/sales/export.csv", "Authorization", "Bearer " + bakery.token());
    assertTrue(csv.body().startsWith("\uFEFForder;") && csv.body().contains("Προζυμένιο ψωμί") && !csv.body().contains("Αυγά"), csv.body());
    var mine = Client.parse(buyer.client().getJson("/api/v1/me/orders", buyer.token()).body()).asJsonArray();
    assertEquals("FULFILLED", mine.getJsonObject(0).getString("status"));
    assertEquals(403, Buyer.of(base, "nosy").client().getJson("/api/v1/me/orders/" + orderId, Buyer.of(base, "nosy2").token()).statusCode());
  }

  @Test
  void theBuyerCancelsAnUnshippedOrderAndItsStockReturns() throws Exception {
    Member seller = Member.of(base, "cheese", true);
    long cheese = listing(seller, "Γραβιέρα", "15.00", 5);
    Buyer buyer = Buyer.of(base, "changed-mind");
    var placed = buyer.client().postJson("/api/v1/orders", order(line(cheese, 4), PICKUP), buyer.token());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertEquals(1, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", cheese)).intValue());
    assertEquals(403, Buyer.of(base, "stranger").client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}",
        Buyer.of(base, "stranger2").token()).statusCode());

    var cancelled = buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Client.json(cancelled).getString("status"));
    assertEquals(5, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", cheese)).intValue());
    assertEquals(409, buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token()).statusCode());
    assertTrue(Mailbox.subject(Mailbox.to(buyer.email(), 2).get(1)).contains("ακυρώθηκε"));
  }

  @Test
  void anUnpaidOrderPastItsTimeEndsAndGivesItsStockBack() throws Exception {
    Member seller = Member.of(base, "late", true);
    long jam = listing(seller, "Μαρμελάδα σύκο", "6.00", 3);
    Buyer buyer = Buyer.of(base, "forgetful");
    var placed = buyer.client().postJson("/api/v1/orders", order(line(jam, 3), PICKUP), buyer.token());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertEquals(0, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", jam)).intValue());
    Database.update("UPDATE customer_order SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?", orderId);
    long deadline = System.currentTimeMillis() + 45_000;
    while (!"CANCELLED".equals(Database.value("SELECT status FROM customer_order WHERE id = ?", orderId)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertEquals("CANCELLED", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId), "ended within 30 s");
    assertEquals(3, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", jam)).intValue());
    assertFalse(new Client(base).get("/products/" + jam).body().contains("Εξαντλήθηκε"), "back on sale");
  }
}
