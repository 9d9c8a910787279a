package org.koinagora.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;

/**
 * Delivery charges through the API: each enterprise's terms (test enterprises are in Crete), the
 * charge by zone, weight and threshold as a line of the order with its VAT, the minimum order, and
 * the charge given back with a cancellation.
 */
class DeliveryIT extends DeployedWarIT {

  static final String TERMS =
      """
      {"freeAbove":"50.00","minimumOrder":null,"rates":[
        {"zone":"OWN_REGION","upToGrams":null,"amount":"3.00"},
        {"zone":"MAINLAND","upToGrams":500,"amount":"4,00"},
        {"zone":"MAINLAND","upToGrams":null,"amount":"6.00"}]}
      """;

  static HttpResponse<String> setTerms(Member seller, String json) {
    return seller
        .client()
        .putJson("/api/v1/me/delivery?enterprise=" + seller.enterpriseId(), json, seller.token());
  }

  static String order(long listing, int quantity, String postcode) {
    return "{\"lines\":[{\"listingId\":"
        + listing
        + ",\"quantity\":"
        + quantity
        + "}],\"fulfilment\":{\"method\":\"DELIVERY\",\"address\":{\"street\":\"Οδός 1\","
        + "\"postcode\":\""
        + postcode
        + "\",\"city\":\"Πόλη\"}},\"payment\":\"MANUAL\"}";
  }

  static long weighing(long listing, int grams) throws Exception {
    Database.update("UPDATE listing SET weight_grams = ? WHERE id = ?", grams, listing);
    return listing;
  }

  @Test
  void termsAreCheckedKeptPerEnterpriseAndPublic() {
    Member seller = Member.of(base, "delivery-terms", true);
    Member other = Member.of(base, "delivery-terms-other", true);

    var wrongAmount =
        setTerms(
            seller,
            "{\"rates\":[{\"zone\":\"MAINLAND\",\"upToGrams\":null,\"amount\":\"4,555\"}]}");
    assertEquals(400, wrongAmount.statusCode(), wrongAmount.body());
    assertEquals("rates[0].amount", Client.json(wrongAmount).getString("field"));
    var wrongZone = setTerms(seller, "{\"rates\":[{\"zone\":\"MOON\",\"amount\":\"4.00\"}]}");
    assertEquals("rates[0].zone", Client.json(wrongZone).getString("field"), wrongZone.body());
    var twice =
        setTerms(
            seller,
            "{\"rates\":[{\"zone\":\"ISLANDS\",\"amount\":\"4.00\"},"
                + "{\"zone\":\"ISLANDS\",\"amount\":\"5.00\"}]}");
    assertEquals("rates[1].upToGrams", Client.json(twice).getString("field"), twice.body());

    String publicPath = "/api/v1/enterprises/" + seller.enterpriseId() + "/delivery";
    JsonObject before = Client.json(new Client(base).getJson(publicPath, null));
    assertTrue(before.getBoolean("asAgreed"), "no terms yet: as agreed, no charge");

    var saved = setTerms(seller, TERMS);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(
        "4.00", Client.json(saved).getJsonArray("rates").getJsonObject(1).getString("amount"));
    var stranger =
        other
            .client()
            .putJson(
                "/api/v1/me/delivery?enterprise=" + seller.enterpriseId(), TERMS, other.token());
    assertEquals(403, stranger.statusCode(), "only its members set an enterprise's terms");

    JsonObject after = Client.json(new Client(base).getJson(publicPath, null));
    assertFalse(after.getBoolean("asAgreed"));
    assertTrue(after.getBoolean("delivers"));
    assertEquals("50.00", after.getString("freeAbove"));
    assertEquals(3, after.getJsonArray("rates").size());
    String page = new Client(base).get("/enterprises/" + seller.enterpriseId()).body();
    assertTrue(page.contains("Δωρεάν αποστολή από 50,00"), "its page says the terms");

    assertEquals(
        204,
        seller
            .client()
            .delete("/api/v1/me/delivery?enterprise=" + seller.enterpriseId(), seller.token())
            .statusCode());
    assertTrue(Client.json(new Client(base).getJson(publicPath, null)).getBoolean("asAgreed"));
  }

  @Test
  void theChargeFollowsZoneWeightAndThresholdAndIsALineWithTheGoodsVat() throws Exception {
    Member seller = Member.of(base, "delivery-zones", true);
    assertEquals(200, setTerms(seller, TERMS).statusCode());
    long honey = weighing(Listings.product(seller, "Μέλι θυμαρίσιο", "10.00", 50), 400);
    Buyer buyer = Buyer.of(base, "delivery-zones-buyer");

    // Heraklion is in the enterprise's own region (Crete): 3.00
    JsonObject home = placed(buyer, order(honey, 1, "71202"));
    JsonObject part = home.getJsonArray("parts").getJsonObject(0);
    assertEquals("3.00", part.getJsonObject("delivery").getString("amount"));
    assertEquals("13.00", part.getJsonObject("subtotal").getString("amount"));
    assertEquals("13.00", home.getJsonObject("total").getString("amount"));
    JsonObject charge = part.getJsonArray("lines").getJsonObject(1);
    assertTrue(charge.getBoolean("delivery"));
    assertEquals("Μεταφορικά", charge.getString("title"));
    assertEquals(
        13, charge.getInt("vatRate"), "delivery follows the VAT of its goods (honey: 13 %)");

    // Athens, mainland: 400 g is in the band up to 500 g; 800 g in the next
    assertEquals(
        "4.00",
        placed(buyer, order(honey, 1, "105 63"))
            .getJsonArray("parts")
            .getJsonObject(0)
            .getJsonObject("delivery")
            .getString("amount"));
    assertEquals(
        "26.00",
        placed(buyer, order(honey, 2, "10563")).getJsonObject("total").getString("amount"));

    // free from 50.00 of goods: no charge line at all
    JsonObject free = placed(buyer, order(honey, 5, "10563"));
    assertEquals("50.00", free.getJsonObject("total").getString("amount"));
    assertEquals(1, free.getJsonArray("parts").getJsonObject(0).getJsonArray("lines").size());

    // Santorini is an island, where it does not send: 409 at the postcode, nothing taken
    int stockBefore =
        ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue();
    var island = buyer.client().postJson("/api/v1/orders", order(honey, 1, "84700"), buyer.token());
    assertEquals(409, island.statusCode(), island.body());
    assertEquals("address.postcode", Client.json(island).getString("field"));
    assertTrue(Client.json(island).getString("message").contains("Επιχείρηση delivery-zones"));
    assertEquals(
        stockBefore,
        ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue());

    // collected: no charge
    var pickup =
        placed(
            buyer,
            "{\"lines\":[{\"listingId\":"
                + honey
                + ",\"quantity\":1}],\"fulfilment\":{\"method\":\"PICKUP_AT_ENTERPRISE\"},"
                + "\"payment\":\"MANUAL\"}");
    assertEquals(
        "0.00",
        pickup
            .getJsonArray("parts")
            .getJsonObject(0)
            .getJsonObject("delivery")
            .getString("amount"));

    // the seller's part shows the charge too
    var sales = seller.client().getJson("/api/v1/me/sales", seller.token());
    assertTrue(sales.body().contains("\"delivery\":true"), sales.body());
  }

  @Test
  void aPartBelowTheMinimumIsRefusedNamingTheEnterpriseAndAShopThatDoesNotSendRefusesDelivery()
      throws Exception {
    Member seller = Member.of(base, "delivery-minimum", true);
    assertEquals(
        200,
        setTerms(
                seller,
                "{\"minimumOrder\":\"15\",\"rates\":[{\"zone\":\"MAINLAND\",\"amount\":\"5\"}]}")
            .statusCode());
    long soap = Listings.product(seller, "Σαπούνι", "6.00", 20);
    Buyer buyer = Buyer.of(base, "delivery-minimum-buyer");
    var small = buyer.client().postJson("/api/v1/orders", order(soap, 2, "10563"), buyer.token());
    assertEquals(409, small.statusCode(), small.body());
    assertEquals("lines", Client.json(small).getString("field"));
    String message = Client.json(small).getString("message");
    assertTrue(
        message.contains("Επιχείρηση delivery-minimum") && message.contains("15,00"), message);
    assertEquals(
        20, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", soap)).intValue());
    assertEquals(
        201,
        buyer
            .client()
            .postJson("/api/v1/orders", order(soap, 3, "10563"), buyer.token())
            .statusCode());

    assertEquals(200, setTerms(seller, "{\"rates\":[]}").statusCode());
    var notSent = buyer.client().postJson("/api/v1/orders", order(soap, 3, "10563"), buyer.token());
    assertEquals(409, notSent.statusCode(), notSent.body());
    assertEquals("fulfilment", Client.json(notSent).getString("field"));
  }

  @Test
  void cancellingGivesTheDeliveryChargeBackWithTheGoods() throws Exception {
    Member seller = Member.of(base, "delivery-refund", true);
    assertEquals(200, setTerms(seller, TERMS).statusCode());
    long oil = Listings.product(seller, "Λάδι", "9.00", 10);
    Buyer buyer = Buyer.of(base, "delivery-refund-buyer");
    JsonObject order = placed(buyer, order(oil, 2, "10563"));
    assertEquals("24.00", order.getJsonObject("total").getString("amount"), "18 + 6 (no weight)");
    long orderId = order.getJsonNumber("id").longValue();
    long partId = order.getJsonArray("parts").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        200,
        seller
            .client()
            .postJson("/api/v1/me/sales/" + partId + "/paid", "{}", seller.token())
            .statusCode());
    var cancelled =
        buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("REFUNDED", Client.json(cancelled).getString("status"));
    String mail = Mailbox.body(Mailbox.to(buyer.email(), 2).get(1));
    assertTrue(mail.contains("24,00"), "the refund includes the delivery charge: " + mail);
  }

  private JsonObject placed(Buyer buyer, String body) {
    var response = buyer.client().postJson("/api/v1/orders", body, buyer.token());
    assertEquals(201, response.statusCode(), response.body());
    return Client.json(response);
  }
}
