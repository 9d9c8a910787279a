package org.koinagora.checkout;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.koinagora.bench.BenchSupport;
import org.koinagora.bench.Wrk;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.devserver.PlatformProcess;
import org.koinagora.testsupport.stripe.StripeStub;
import org.koinagora.testsupport.stripe.StripeWebhooks;

/**
 * Order benchmark: 32 concurrent buyers place orders (1–3 lines from 20 listings of three
 * enterprises, MANUAL payment) through {@code POST /api/v1/orders}; then card orders are paid and
 * their signed webhooks delivered by 4 concurrent senders, timing each delivery. Stripe is the
 * tests' local stand-in. Run with {@code bench/orders.sh}.
 */
public final class OrderBench {

  private static final String SECRET = "whsec_bench";

  private OrderBench() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 8093);
    int orders = Integer.getInteger("bench.orders", 3_000);
    int webhooks = Integer.getInteger("bench.webhooks", 600);
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-orders")).toAbsolutePath();
    Wrk.deleteRecursively(home);
    String password = "bench-" + System.nanoTime();
    try (var stripe = StripeStub.start();
        var db =
            EmbeddedMariaDb.start(
                home.resolve("mariadb"), Integer.getInteger("bench.dbPort", 3320))) {
      db.createDatabase("koinagora", "koinagora", password);
      Map<String, String> environment =
          Map.of(
              "KOINAGORA_DB_URL",
              db.jdbcUrl("koinagora"),
              "KOINAGORA_DB_USER",
              "koinagora",
              "KOINAGORA_DB_PASSWORD",
              password,
              "KOINAGORA_DEMO_DATA",
              "true",
              "KOINAGORA_DATA_DIR",
              home.resolve("data").toString(),
              "KOINAGORA_STRIPE_SECRET_KEY",
              "sk_test_bench",
              "KOINAGORA_STRIPE_WEBHOOK_SECRET",
              SECRET,
              "KOINAGORA_STRIPE_API_BASE",
              stripe.base());
      try (var server =
          PlatformProcess.start(
              Path.of(System.getProperty("devserver.payaraJar", "target/payara-micro.jar")),
              Path.of(System.getProperty("devserver.war", "target/koinagora.war")),
              home.resolve("payara"),
              port,
              "-Xmx1g",
              environment,
              false)) {
        System.out.printf("Platform ready in %.1f s%n", server.awaitReady().toMillis() / 1000.0);
        String base = "http://127.0.0.1:" + port;
        URI webhook = URI.create(base + "/api/v1/payments/stripe/webhook");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> buyers = new ArrayList<>();
        List<String> sellers = new ArrayList<>();
        List<Long> sellerEnterprises = new ArrayList<>();
        try (Connection connection =
            DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password)) {
          for (int i = 0; i < 32; i++) {
            BenchSupport.account(
                connection, "buyer" + i + "@bench.koinagora.org", "Αγοραστής " + i);
            buyers.add(BenchSupport.token(connection, "buyer" + i + "@bench.koinagora.org"));
          }
          for (int i = 1; i <= 3; i++) {
            sellers.add(BenchSupport.token(connection, "enterprise" + i + "@demo.koinagora.org"));
            try (var rows =
                connection
                    .createStatement()
                    .executeQuery(
                        "SELECT m.enterprise_id FROM enterprise_member m JOIN user_account u"
                            + " ON u.id = m.user_id WHERE u.email = 'enterprise"
                            + i
                            + "@demo.koinagora.org'")) {
              rows.next();
              sellerEnterprises.add(rows.getLong(1));
            }
          }
        }
        List<Long> listings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          String seller = sellers.get(i % 3);
          listings.add(
              id(
                  send(
                          client,
                          base + "/api/v1/me/listings",
                          seller,
                          """
                          {"kind":"PRODUCT","title":{"el":"Προϊόν δοκιμής %d"},"description":{"el":"Για μετρήσεις."},"price":"%d.50","vatRate":13,
                           "unit":"PIECE","stock":1000000,"category":"food/honey","tags":[],"status":"ACTIVE"}\
                          """
                              .formatted(i, 3 + i))
                      .body()));
        }
        for (int i = 0; i < 3; i++) {
          connect(client, base, sellers.get(i), sellerEnterprises.get(i), stripe, webhook);
        }

        Random random = new Random(7);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
          StringBuilder lines = new StringBuilder();
          int count = 1 + random.nextInt(3);
          for (int line = 0; line < count; line++) {
            lines
                .append(line == 0 ? "" : ",")
                .append("{\"listingId\":")
                .append(listings.get(random.nextInt(listings.size())))
                .append(",\"quantity\":")
                .append(1 + random.nextInt(3))
                .append('}');
          }
          bodies.add(
              "{\"lines\":["
                  + lines
                  + "],\"fulfilment\":{\"method\":\"PICKUP_AT_ENTERPRISE\"},\"payment\":\"MANUAL\"}");
        }
        System.out.printf("%d orders from 32 concurrent buyers…%n", orders);
        Result placed =
            run(
                32,
                orders,
                i -> () -> send(client, base + "/api/v1/orders", buyers.get(i % 32), bodies.get(i)),
                201);
        System.out.println();
        System.out.printf(
            "Order benchmark: %d orders of 1–3 lines, 32 concurrent buyers through POST"
                + " /api/v1/orders, %d cores%n",
            orders, Runtime.getRuntime().availableProcessors());
        placed.print("orders/s");

        List<String> events = new ArrayList<>();
        for (int i = 0; i < webhooks; i++) {
          var card =
              send(
                  client,
                  base + "/api/v1/orders",
                  buyers.get(i % 32),
                  bodies.get(i).replace("\"MANUAL\"", "\"STRIPE\""));
          String url = card.body().replaceAll(".*\"paymentUrl\":\"([^\"]+)\".*", "$1");
          events.add(stripe.pay(url.substring(url.lastIndexOf('/') + 1)));
        }
        System.out.printf(
            "%n%d checkout.session.completed webhooks, signed, from 4 concurrent senders…%n",
            webhooks);
        Result delivered =
            run(
                4,
                webhooks,
                i -> () -> StripeWebhooks.deliver(webhook, events.get(i), SECRET),
                200);
        System.out.println();
        System.out.println(
            "Webhook benchmark: each delivery verified (HMAC, 300 s tolerance), recorded once, the"
                + " order marked paid and the buyer mailed");
        delivered.print("webhooks/s");
        try (Connection connection =
                DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password);
            var rows =
                connection
                    .createStatement()
                    .executeQuery(
                        "SELECT COUNT(*) FROM customer_order WHERE payment_method = 'STRIPE' AND"
                            + " status = 'PAID'")) {
          rows.next();
          System.out.printf("Card orders now PAID: %d of %d%n", rows.getLong(1), webhooks);
        }
      }
    }
  }

  /**
   * Signs the enterprise up with Stripe (the stand-in) the way the dashboard does, and finishes its
   * onboarding.
   */
  private static void connect(
      HttpClient client,
      String base,
      String seller,
      long enterprise,
      StripeStub stripe,
      URI webhook)
      throws Exception {
    String url =
        send(
                client,
                base + "/api/v1/payments/stripe/enterprises/" + enterprise + "/onboarding",
                seller,
                "{}")
            .body();
    String account = url.replaceAll(".*/onboard/(acct_[A-Za-z0-9]+).*", "$1");
    StripeWebhooks.deliver(webhook, stripe.completeOnboarding(account), SECRET);
  }

  record Result(double[] millis, double seconds, int expected, int unexpected) {
    void print(String rate) {
      System.out.println(
          "| " + rate + " | p50 | p90 | p99 | max | answered " + expected + " | other |");
      System.out.println("|---|---|---|---|---|---|---|");
      System.out.printf(
          "| %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %d |%n",
          millis.length / seconds,
          BenchSupport.at(millis, 0.5),
          BenchSupport.at(millis, 0.9),
          BenchSupport.at(millis, 0.99),
          millis[millis.length - 1],
          millis.length - unexpected,
          unexpected);
    }
  }

  private static Result run(
      int threads, int count, IntFunction<Callable<HttpResponse<String>>> call, int expected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    var unexpected = new AtomicReference<String>();
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      var request = call.apply(i);
      results.add(
          pool.submit(
              () -> {
                long begin = System.nanoTime();
                var response = request.call();
                if (response.statusCode() != expected
                    && unexpected.compareAndSet(null, response.body())) {
                  System.out.println(
                      "Unexpected answer " + response.statusCode() + ": " + response.body());
                }
                return new long[] {System.nanoTime() - begin, response.statusCode()};
              }));
    }
    double[] millis = new double[count];
    int other = 0;
    for (int i = 0; i < count; i++) {
      long[] result = results.get(i).get();
      millis[i] = result[0] / 1e6;
      other += result[1] == expected ? 0 : 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(millis);
    return new Result(millis, seconds, expected, other);
  }

  private static HttpResponse<String> send(HttpClient client, String url, String token, String json)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    request =
        json == null
            ? request.GET()
            : request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The top-level "id" of a JSON object. */
  private static long id(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject().getJsonNumber("id").longValue();
    }
  }
}
