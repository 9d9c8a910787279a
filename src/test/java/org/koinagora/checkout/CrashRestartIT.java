package org.koinagora.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koinagora.devserver.PlatformProcess;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.TestInfrastructure;
import org.koinagora.testsupport.stripe.StripeWebhooks;

/**
 * Invariant 4: the server is killed (no shutdown, as in a power cut) between an order being placed
 * and Stripe's webhook; started again, it takes the webhook and the order is paid, nothing lost.
 * Runs the WAR on Payara Micro as a child process, with the test run's database and Stripe
 * stand-in.
 */
class CrashRestartIT {

  @Test
  void anOrderPlacedBeforeACrashIsPaidByAWebhookAfterTheRestart() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path payara = Path.of(System.getProperty("it.payara.jar"));
    Path war = Path.of(System.getProperty("it.war"));
    Path root = Path.of("target", "crash-restart");
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    URI webhook = base.resolve("api/v1/payments/stripe/webhook");
    var stripe = TestInfrastructure.stripe();

    long orderId;
    String sessionId;
    Buyer buyer;
    long honey;
    PlatformProcess server =
        PlatformProcess.start(payara, war, root, port, "-Xmx768m", Map.of(), false);
    try {
      server.awaitReady();
      Member seller = Member.of(base, "before-crash", true);
      seller
          .client()
          .postJson(
              "/api/v1/payments/stripe/enterprises/" + seller.enterpriseId() + "/onboarding",
              "{}",
              seller.token());
      String account =
          (String)
              Database.value(
                  "SELECT account_id FROM stripe_connected_account WHERE party_kind = 'ENTERPRISE'"
                      + " AND party_id = ?",
                  seller.enterpriseId());
      StripeWebhooks.deliver(webhook, stripe.completeOnboarding(account), StripePaymentsIT.SECRET);
      honey = OrdersIT.listing(seller, "Μέλι ερείκης", "11.00", 5);
      buyer = Buyer.of(base, "crash-buyer");
      var placed =
          buyer
              .client()
              .postJson(
                  "/api/v1/orders",
                  "{\"lines\":["
                      + OrdersIT.line(honey, 2)
                      + "],\"fulfilment\":"
                      + OrdersIT.PICKUP
                      + ",\"payment\":\"STRIPE\"}",
                  buyer.token());
      assertEquals(201, placed.statusCode(), placed.body());
      orderId = Client.json(placed).getJsonNumber("id").longValue();
      String url = Client.json(placed).getString("paymentUrl");
      sessionId = url.substring(url.lastIndexOf('/') + 1);
    } finally {
      server.crash();
    }

    String paid = stripe.pay(sessionId); // the buyer pays while the server is down
    server = PlatformProcess.start(payara, war, root, port, "-Xmx768m", Map.of(), false);
    try {
      server.awaitReady();
      var delivered = StripeWebhooks.deliver(webhook, paid, StripePaymentsIT.SECRET);
      assertEquals(200, delivered.statusCode(), delivered.body());
      assertEquals(
          "PAID", Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));
      assertEquals(
          3,
          ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue(),
          "the reservation survived");
      var orders = buyer.client().getJson("/api/v1/me/orders", buyer.token());
      assertEquals(200, orders.statusCode(), orders.body());
      var mine = Client.parse(orders.body()).asJsonArray();
      assertEquals(
          "PAID",
          mine.getJsonObject(0).getString("status"),
          "the buyer's token and order are still there");
    } finally {
      server.close();
    }
  }
}
