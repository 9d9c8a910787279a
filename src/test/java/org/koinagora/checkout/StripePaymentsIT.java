package org.koinagora.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.TestFairs;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.Race;
import org.koinagora.testsupport.TestInfrastructure;
import org.koinagora.testsupport.stripe.Recorded;
import org.koinagora.testsupport.stripe.StripeStub;
import org.koinagora.testsupport.stripe.StripeWebhooks;

/**
 * Card payments against a local stand-in for Stripe's API that the real Stripe client in the WAR
 * talks to; webhooks signed with Stripe's own scheme. An order is paid only when the webhook says
 * so.
 */
class StripePaymentsIT extends DeployedWarIT {

  static final String SECRET = "whsec_koinagora_it";

  StripeStub stripe() {
    return TestInfrastructure.stripe();
  }

  URI webhook() {
    return base.resolve("api/v1/payments/stripe/webhook");
  }

  /** A verified enterprise that finished Stripe's onboarding (told by an account.updated event). */
  Member connectedSeller(String who) throws Exception {
    Member seller = Member.of(base, who, true);
    var onboarding =
        seller
            .client()
            .postJson(
                "/api/v1/payments/stripe/enterprises/" + seller.enterpriseId() + "/onboarding",
                "{}",
                seller.token());
    assertEquals(200, onboarding.statusCode(), onboarding.body());
    String account =
        (String)
            Database.value(
                "SELECT account_id FROM stripe_connected_account WHERE party_kind = 'ENTERPRISE'"
                    + " AND party_id = ?",
                seller.enterpriseId());
    assertTrue(Client.json(onboarding).getString("url").contains(account), onboarding.body());
    var updated = StripeWebhooks.deliver(webhook(), stripe().completeOnboarding(account), SECRET);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(
        true,
        Database.value(
            "SELECT payouts_enabled FROM stripe_connected_account WHERE party_kind = 'ENTERPRISE'"
                + " AND party_id = ?",
            seller.enterpriseId()));
    return seller;
  }

  record CardOrder(long id, String sessionId, Buyer buyer) {}

  CardOrder cardOrder(String who, long... listings) {
    Buyer buyer = Buyer.of(base, who);
    List<String> lines = new ArrayList<>();
    for (long listing : listings) {
      lines.add(OrdersIT.line(listing, 2));
    }
    var placed =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":["
                    + String.join(",", lines)
                    + "],\"fulfilment\":"
                    + OrdersIT.PICKUP
                    + ",\"payment\":\"STRIPE\"}",
                buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    JsonObject order = Client.json(placed);
    String url = order.getString("paymentUrl");
    assertTrue(url.startsWith(stripe().base() + "/pay/cs_"), url);
    return new CardOrder(
        order.getJsonNumber("id").longValue(), url.substring(url.lastIndexOf('/') + 1), buyer);
  }

  Object status(long orderId) throws Exception {
    return Database.value("SELECT status FROM customer_order WHERE id = ?", orderId);
  }

  @Test
  void aCardOrderIsPaidOnlyByTheWebhookOnceHoweverOftenItComesAndEachSellerGetsItsShare()
      throws Exception {
    Member potter = connectedSeller("potter");
    Member weaver = connectedSeller("weaver");
    long bowl = OrdersIT.listing(potter, "Κεραμικό μπολ", "12.50", 10);
    long scarf = OrdersIT.listing(weaver, "Μάλλινο κασκόλ", "30.00", 10);
    CardOrder order = cardOrder("card-buyer", bowl, scarf);

    Recorded checkout =
        stripe().requests("POST", "/v1/checkout/sessions").stream()
            .filter(
                request -> String.valueOf(order.id()).equals(request.param("client_reference_id")))
            .findFirst()
            .orElseThrow();
    assertEquals("order-" + order.id() + "-checkout", checkout.idempotencyKey());
    assertEquals("order-" + order.id(), checkout.param("payment_intent_data[transfer_group]"));
    assertEquals(
        "1250",
        checkout.param("line_items[0][price_data][unit_amount]"),
        "amounts in cents, from the server's prices");
    assertEquals("2", checkout.param("line_items[0][quantity]"));
    assertEquals("3000", checkout.param("line_items[1][price_data][unit_amount]"));
    assertEquals("eur", checkout.param("line_items[1][price_data][currency]"));
    assertEquals(
        "PENDING_PAYMENT",
        status(order.id()),
        "the return from Stripe's page proves nothing; only the webhook does");

    String paid = stripe().pay(order.sessionId());
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<HttpResponse<String>>> deliveries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      deliveries.add(pool.submit(() -> StripeWebhooks.deliver(webhook(), paid, SECRET)));
    }
    int handled = 0;
    for (var delivery : deliveries) {
      var response = delivery.get();
      assertEquals(200, response.statusCode(), response.body());
      handled += Client.json(response).getString("outcome").equals("handled") ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, handled, "the same event five times at once changes the order once");
    assertEquals("PAID", status(order.id()));
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM stripe_event WHERE id = ?",
                    Client.parse(paid).asJsonObject().getString("id")))
            .longValue());
    Thread.sleep(1000);
    long paidMails =
        Mailbox.to(order.buyer().email(), 2).stream()
            .filter(mail -> Mailbox.subject(mail).contains("πληρώθηκε"))
            .count();
    assertEquals(1, paidMails, "one mail, not five");

    waitFor(() -> transfersOf(order.id()).size() == 2, "a transfer to each seller");
    List<Recorded> transfers = transfersOf(order.id());
    assertEquals(
        List.of("2500", "6000"), transfers.stream().map(t -> t.param("amount")).sorted().toList());
    assertTrue(
        transfers.stream()
            .allMatch(
                t ->
                    t.param("transfer_group").equals("order-" + order.id())
                        && t.idempotencyKey().matches("part-\\d+-transfer")));
    Object potterAccount =
        Database.value(
            "SELECT account_id FROM stripe_connected_account WHERE party_kind = 'ENTERPRISE' AND"
                + " party_id = ?",
            potter.enterpriseId());
    assertTrue(transfers.stream().anyMatch(t -> t.param("destination").equals(potterAccount)));

    String expired =
        StripeWebhooks.event(
            "checkout.session.expired",
            """
            {"id":"%s","object":"checkout.session","status":"expired","payment_status":"unpaid","metadata":{"order_id":"%d"}}
            """
                .formatted(order.sessionId(), order.id()));
    var lateExpiry = StripeWebhooks.deliver(webhook(), expired, SECRET);
    assertEquals(200, lateExpiry.statusCode());
    assertEquals("PAID", status(order.id()), "a late 'expired' never cancels a paid order");
  }

  @Test
  void aWebhookWithABadSignatureIsRefusedAndChangesNothing() throws Exception {
    Member seller = connectedSeller("honest");
    long soap = OrdersIT.listing(seller, "Σαπούνι ελαιολάδου", "4.00", 10);
    CardOrder order = cardOrder("soap-buyer", soap);
    String paid = stripe().pay(order.sessionId());

    assertEquals(400, StripeWebhooks.deliver(webhook(), paid, "whsec_someone_else").statusCode());
    assertEquals(
        400, StripeWebhooks.deliverWithHeader(webhook(), paid, "t=1,v1=deadbeef").statusCode());
    assertEquals(
        400,
        new Client(base).postJson("/api/v1/payments/stripe/webhook", paid, null).statusCode(),
        "no signature at all");
    String tampered = paid.replace("\"paid\"", "\"unpaid\"");
    assertEquals(
        400,
        StripeWebhooks.deliverWithHeader(
                webhook(),
                tampered,
                StripeWebhooks.signature(paid, SECRET, System.currentTimeMillis() / 1000))
            .statusCode(),
        "the signature covers the payload");
    long old = System.currentTimeMillis() / 1000 - 600;
    assertEquals(
        400,
        StripeWebhooks.deliverWithHeader(
                webhook(),
                paid,
                "t="
                    + old
                    + ",v1="
                    + StripeWebhooks.signature(paid, SECRET, old).replaceAll(".*v1=", ""))
            .statusCode(),
        "older than 300 s");
    assertEquals("PENDING_PAYMENT", status(order.id()));
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM stripe_event WHERE type = 'checkout.session.completed'"
                        + " AND id = ?",
                    Client.parse(paid).asJsonObject().getString("id")))
            .longValue());

    var unknown =
        StripeWebhooks.deliver(
            webhook(),
            StripeWebhooks.event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}"),
            SECRET);
    assertEquals(
        200, unknown.statusCode(), "an event it does not know is acknowledged, never a 500");
  }

  @Test
  void cancellingAPaidCardOrderTakesTheSharesBackAndRefundsTheCard() throws Exception {
    Member seller = connectedSeller("baker");
    long cake = OrdersIT.listing(seller, "Βασιλόπιτα", "18.00", 4);
    CardOrder order = cardOrder("regret", cake);
    StripeWebhooks.deliver(webhook(), stripe().pay(order.sessionId()), SECRET);
    waitFor(() -> transferRecorded(order.id()), "the seller's share is sent and recorded");

    var cancelled =
        order
            .buyer()
            .client()
            .postJson("/api/v1/orders/" + order.id() + "/cancel", "{}", order.buyer().token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("REFUNDED", Client.json(cancelled).getString("status"));
    Recorded refund =
        stripe().requests("POST", "/v1/refunds").stream()
            .filter(
                request -> String.valueOf(order.id()).equals(request.param("metadata[order_id]")))
            .findFirst()
            .orElseThrow();
    assertEquals("3600", refund.param("amount"));
    assertTrue(refund.idempotencyKey().matches("part-\\d+-refund"));
    String transferId =
        (String)
            Database.value(
                "SELECT t.transfer_id FROM stripe_transfer t JOIN order_part p ON p.id ="
                    + " t.subject_id WHERE t.subject_kind = 'ORDER_PART' AND p.order_id = ?",
                order.id());
    assertEquals(
        "3600",
        stripe()
            .requests("POST", "/v1/transfers/" + transferId + "/reversals")
            .get(0)
            .param("amount"));
    assertEquals(
        4,
        ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", cake)).intValue(),
        "the stock is back");
  }

  @Test
  void theReconciliationActsOnAPaymentWhoseWebhookNeverArrived() throws Exception {
    Member seller = connectedSeller("offline");
    long honey = OrdersIT.listing(seller, "Μέλι πεύκου", "10.00", 5);
    CardOrder order = cardOrder("patient", honey);
    stripe().pay(order.sessionId()); // Stripe has the event; the server never got it
    assertEquals("PENDING_PAYMENT", status(order.id()));
    assertEquals(
        403,
        order
            .buyer()
            .client()
            .postJson("/api/v1/payments/stripe/reconcile", "{}", order.buyer().token())
            .statusCode());
    var reconciled =
        new Client(base)
            .postJson("/api/v1/payments/stripe/reconcile", "{}", People.adminToken(base));
    assertEquals(200, reconciled.statusCode(), reconciled.body());
    assertTrue(Client.json(reconciled).getInt("caughtUp") >= 1);
    assertEquals("PAID", status(order.id()));
  }

  @Test
  void membersStartingOnboardingAtOnceGetOneConnectedAccount() throws Exception {
    Member seller = Member.of(base, "double-click", true);
    List<Integer> statuses =
        Race.statuses(
            8,
            () ->
                seller
                    .client()
                    .postJson(
                        "/api/v1/payments/stripe/enterprises/"
                            + seller.enterpriseId()
                            + "/onboarding",
                        "{}",
                        seller.token()));
    assertEquals(
        List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses, "no click ends on an error");
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(DISTINCT account_id) FROM stripe_connected_account"
                        + " WHERE party_kind = 'ENTERPRISE' AND party_id = ?",
                    seller.enterpriseId()))
            .longValue(),
        "one connected account for the enterprise");
  }

  @Test
  void cardPaymentIsRefusedWhileASellerCannotReceiveIt() throws Exception {
    Member unconnected = Member.of(base, "no-stripe", true);
    long jam = OrdersIT.listing(unconnected, "Μαρμελάδα", "5.00", 5);
    Buyer buyer = Buyer.of(base, "card-only");
    var refused =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":["
                    + OrdersIT.line(jam, 1)
                    + "],\"fulfilment\":"
                    + OrdersIT.PICKUP
                    + ",\"payment\":\"STRIPE\"}",
                buyer.token());
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("payment", Client.json(refused).getString("field"));
  }

  @Test
  void aStandFeePaidByCardConfirmsTheBookingReachesTheOrganiserAndComesBackWhenTheFairIsCancelled()
      throws Exception {
    Organiser organiser = Organiser.of(base, "card-fees");
    var onboarding =
        organiser
            .client()
            .postJson("/api/v1/payments/stripe/municipality/onboarding", "{}", organiser.token());
    assertEquals(200, onboarding.statusCode(), onboarding.body());
    String account =
        (String)
            Database.value(
                "SELECT account_id FROM stripe_connected_account WHERE party_kind = 'MUNICIPALITY'"
                    + " AND party_id = ?",
                organiser.municipalityId());
    StripeWebhooks.deliver(webhook(), stripe().completeOnboarding(account), SECRET);
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 2, "25.00");
    Member exhibitor = Member.of(base, "card-exhibitor", true);
    var booked =
        exhibitor
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + TestFairs.standIds(base, fairId).get(0) + "}",
                exhibitor.token());
    long booking = Client.json(booked).getJsonNumber("id").longValue();
    assertEquals("AWAITING_PAYMENT", Client.json(booked).getString("status"));

    var pay =
        exhibitor
            .client()
            .postJson("/api/v1/bookings/" + booking + "/pay", "{}", exhibitor.token());
    assertEquals(200, pay.statusCode(), pay.body());
    String url = Client.json(pay).getString("paymentUrl");
    Recorded checkout =
        stripe().requests("POST", "/v1/checkout/sessions").stream()
            .filter(request -> ("booking-" + booking).equals(request.param("client_reference_id")))
            .findFirst()
            .orElseThrow();
    assertEquals("2500", checkout.param("line_items[0][price_data][unit_amount]"));
    assertEquals("booking-" + booking, checkout.param("payment_intent_data[transfer_group]"));
    assertEquals(
        "AWAITING_PAYMENT",
        Database.value("SELECT status FROM stand_booking WHERE id = ?", booking));

    StripeWebhooks.deliver(
        webhook(), stripe().pay(url.substring(url.lastIndexOf('/') + 1)), SECRET);
    assertEquals(
        "CONFIRMED",
        Database.value("SELECT status FROM stand_booking WHERE id = ?", booking),
        "confirmed by the webhook");
    waitFor(
        () ->
            !stripe().requests("POST", "/v1/transfers").stream()
                .filter(
                    t ->
                        ("booking-" + booking).equals(t.param("transfer_group"))
                            && account.equals(t.param("destination")))
                .toList()
                .isEmpty(),
        "the fee is transferred to the municipality");

    var cancelled =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs/" + fairId + "/cancel",
                "{\"reason\":\"Σεισμός\"}",
                organiser.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals(
        "REFUNDED", Database.value("SELECT status FROM stand_booking WHERE id = ?", booking));
    assertTrue(
        stripe().requests("POST", "/v1/refunds").stream()
            .anyMatch(r -> String.valueOf(booking).equals(r.param("metadata[booking_id]"))),
        "the card is refunded");
  }

  @Test
  void aDeliveryChargePaidByCardReachesTheSellerAndIsRefundedWithTheOrder() throws Exception {
    Member seller = connectedSeller("courier");
    var terms =
        seller
            .client()
            .putJson(
                "/api/v1/me/delivery?enterprise=" + seller.enterpriseId(),
                "{\"rates\":[{\"zone\":\"MAINLAND\",\"amount\":\"5.00\"}]}",
                seller.token());
    assertEquals(200, terms.statusCode(), terms.body());
    long wine = OrdersIT.listing(seller, "Κρασί", "10.00", 10);
    Buyer buyer = Buyer.of(base, "courier-buyer");
    var placed =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":["
                    + OrdersIT.line(wine, 2)
                    + "],\"fulfilment\":{\"method\":\"DELIVERY\",\"address\":{\"street\":\"Ερμού"
                    + " 1\",\"postcode\":\"10563\",\"city\":\"Αθήνα\"}},\"payment\":\"STRIPE\"}",
                buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    JsonObject order = Client.json(placed);
    assertEquals("25.00", order.getJsonObject("total").getString("amount"));
    long orderId = order.getJsonNumber("id").longValue();
    String url = order.getString("paymentUrl");
    StripeWebhooks.deliver(
        webhook(), stripe().pay(url.substring(url.lastIndexOf('/') + 1)), SECRET);
    waitFor(() -> transfersOf(orderId).size() == 1, "the seller's share is sent");
    assertEquals("2500", transfersOf(orderId).get(0).param("amount"), "goods and delivery");

    var cancelled =
        buyer.client().postJson("/api/v1/orders/" + orderId + "/cancel", "{}", buyer.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    Recorded refund =
        stripe().requests("POST", "/v1/refunds").stream()
            .filter(request -> String.valueOf(orderId).equals(request.param("metadata[order_id]")))
            .findFirst()
            .orElseThrow();
    assertEquals("2500", refund.param("amount"), "the delivery charge goes back too");
  }

  List<Recorded> transfersOf(long orderId) {
    return stripe().requests("POST", "/v1/transfers").stream()
        .filter(t -> ("order-" + orderId).equals(t.param("transfer_group")))
        .toList();
  }

  boolean transferRecorded(long orderId) {
    try {
      return Database.value(
              "SELECT t.transfer_id FROM stripe_transfer t JOIN order_part p ON p.id ="
                  + " t.subject_id WHERE t.subject_kind = 'ORDER_PART' AND p.order_id = ?",
              orderId)
          != null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + Duration.ofSeconds(20).toMillis();
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("waited 20 s for " + what);
      }
      Thread.sleep(100);
    }
  }
}
