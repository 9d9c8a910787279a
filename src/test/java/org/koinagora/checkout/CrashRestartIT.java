package org.koinagora.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
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
    String earlierHolders = holdersOfLeases();
    server = PlatformProcess.start(payara, war, root, port, "-Xmx768m", Map.of(), false);
    String holder;
    try {
      server.awaitReady();
      holder = leadsAJob(earlierHolders);
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

    // the clean stop gave up the node's job leases: no other node waits for them to lapse
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM job_lease WHERE holder = ? AND expires_at > NOW(6)",
                    holder))
            .longValue(),
        "the stopped node still holds a job lease");
  }

  private static String holdersOfLeases() throws SQLException {
    return (String) Database.value("SELECT COALESCE(GROUP_CONCAT(holder), '') FROM job_lease");
  }

  /**
   * The holder name of the node that started after {@code earlierHolders} were read, once it leads
   * a job: the leases of the other nodes (the test server among them) are made to lapse until it
   * takes one at its next tick.
   */
  private static String leadsAJob(String earlierHolders) throws Exception {
    Instant giveUp = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(giveUp)) {
      Database.update(
          "UPDATE job_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND"
              + " WHERE FIND_IN_SET(holder, ?) AND expires_at > NOW(6)",
          earlierHolders);
      String newcomer =
          (String)
              Database.value(
                  "SELECT MIN(holder) FROM job_lease WHERE NOT FIND_IN_SET(holder, ?)"
                      + " AND expires_at > NOW(6)",
                  earlierHolders);
      if (newcomer != null) {
        return newcomer;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the restarted node took no job lease in 90 s");
  }
}
