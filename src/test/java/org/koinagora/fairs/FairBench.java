package org.koinagora.fairs;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koinagora.bench.BenchSupport;
import org.koinagora.bench.Wrk;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.devserver.PlatformProcess;

/**
 * Booking benchmark: a published INSTANT fair with 100 stands, 100 verified enterprises (one stand
 * each at most), and 1,000 booking attempts through {@code POST /api/v1/fairs/{id}/bookings} from
 * 32 concurrent clients. Prints throughput, latency percentiles and the double-booking check. Run
 * with {@code bench/fairs.sh}.
 */
public final class FairBench {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private FairBench() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 8092);
    int enterprises = 100;
    int attempts = 1_000;
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-fairs")).toAbsolutePath();
    Wrk.deleteRecursively(home);
    String password = "bench-" + System.nanoTime();
    try (var db =
        EmbeddedMariaDb.start(home.resolve("mariadb"), Integer.getInteger("bench.dbPort", 3319))) {
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
              home.resolve("data").toString());
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
        String organiser;
        List<String> tokens;
        try (Connection connection =
            DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password)) {
          organiser = BenchSupport.token(connection, "municipality1@demo.koinagora.org");
          tokens = enterprises(connection, enterprises);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long fairId = fair(client, base, organiser);
        List<Long> stands = new ArrayList<>();
        try (var reader =
            Json.createReader(new StringReader(get(client, base + "/api/v1/fairs/" + fairId)))) {
          reader
              .readObject()
              .getJsonArray("stands")
              .forEach(stand -> stands.add(stand.asJsonObject().getJsonNumber("id").longValue()));
        }
        System.out.printf(
            "Fair %d with %d stands; %d enterprises; %d booking attempts from 32 clients…%n",
            fairId, stands.size(), tokens.size(), attempts);

        Random random = new Random(11);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        var probe =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                    .header("Authorization", "Bearer " + tokens.get(0))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200) {
          throw new IllegalStateException(
              "the benchmark's tokens do not work: " + probe.statusCode() + " " + probe.body());
        }
        var unexpected = new AtomicReference<String>();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < attempts; i++) {
          String token = tokens.get(i % tokens.size());
          long stand = stands.get(random.nextInt(stands.size()));
          results.add(
              pool.submit(
                  () -> {
                    long begin = System.nanoTime();
                    var response =
                        client.send(
                            HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/fairs/" + fairId + "/bookings"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "{\"standId\":" + stand + "}"))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201
                        && response.statusCode() != 409
                        && unexpected.compareAndSet(null, response.body())) {
                      System.out.println(
                          "Unexpected answer " + response.statusCode() + ": " + response.body());
                    }
                    return new long[] {System.nanoTime() - begin, response.statusCode()};
                  }));
        }
        double[] millis = new double[attempts];
        int booked = 0;
        int refused = 0;
        int other = 0;
        for (int i = 0; i < attempts; i++) {
          long[] result = results.get(i).get();
          millis[i] = result[0] / 1e6;
          if (result[1] == 201) {
            booked++;
          } else if (result[1] == 409) {
            refused++;
          } else {
            other++;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(millis);
        long doubles;
        long overLimit;
        try (Connection connection =
                DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password);
            var statement = connection.createStatement()) {
          var rows =
              statement.executeQuery(
                  "SELECT COUNT(*) - COUNT(DISTINCT stand_id) FROM stand_booking WHERE fair_id = "
                      + fairId
                      + " AND status IN ('AWAITING_PAYMENT','CONFIRMED')");
          rows.next();
          doubles = rows.getLong(1);
          rows =
              statement.executeQuery(
                  "SELECT COUNT(*) FROM (SELECT enterprise_id FROM stand_booking WHERE fair_id = "
                      + fairId
                      + " AND status IN ('AWAITING_PAYMENT','CONFIRMED') GROUP BY enterprise_id"
                      + " HAVING COUNT(*) > 1) x");
          rows.next();
          overLimit = rows.getLong(1);
        }
        System.out.println();
        System.out.printf(
            "Booking benchmark: %d attempts, 32 concurrent clients, %d stands, %d enterprises (1"
                + " stand each), %d cores%n",
            attempts, stands.size(), tokens.size(), Runtime.getRuntime().availableProcessors());
        System.out.println(
            "| attempts/s | p50 | p90 | p99 | max | booked (201) | refused (409) | other | stands"
                + " booked twice | enterprises over the limit |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        System.out.printf(
            "| %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %d | %d | %d | %d |%n",
            attempts / seconds,
            BenchSupport.at(millis, 0.5),
            BenchSupport.at(millis, 0.9),
            BenchSupport.at(millis, 0.99),
            millis[attempts - 1],
            booked,
            refused,
            other,
            doubles,
            overLimit);
      }
    }
  }

  private static List<String> enterprises(Connection connection, int count) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "bench" + i + "@bench.koinagora.org";
      BenchSupport.account(connection, email, "Bench " + i);
      try (var statement =
          connection.prepareStatement(
              "INSERT INTO enterprise (name, legal_form, sse_registry_number, vat_number, region,"
                  + " municipality, description_el, impact_el, contact_email, status, created_at,"
                  + " verified_at) VALUES (?, 'KOINSEP', ?, ?, 'ATTICA', 'Αθήνα', 'Δοκιμή',"
                  + " 'Δοκιμή', ?, 'VERIFIED', NOW(6), NOW(6))")) {
        statement.setString(1, "Κοιν.Σ.Επ. Δοκιμής " + i);
        statement.setString(2, "BENCH-" + i);
        statement.setString(3, String.format("8%08d", i));
        statement.setString(4, email);
        statement.executeUpdate();
      }
      try (var statement = connection.createStatement()) {
        statement.executeUpdate(
            "INSERT INTO enterprise_member (enterprise_id, user_id) SELECT e.id, u.id FROM"
                + " enterprise e, user_account u WHERE e.contact_email = '"
                + email
                + "' AND u.email = '"
                + email
                + "'");
      }
      tokens.add(BenchSupport.token(connection, email));
    }
    return tokens;
  }

  private static long fair(HttpClient client, String base, String token) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String fair =
        ("{\"titleEl\":\"Έκθεση δοκιμής\",\"descriptionEl\":\"Μετρήσεις"
             + " κρατήσεων.\",\"theme\":\"SSE_PRODUCTS\",\"venue\":\"Πλατεία\","
             + "\"address\":\"Αθήνα\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"bookingOpensAt\":\"%s\",\"bookingClosesAt\":\"%s\","
             + "\"bookingMode\":\"INSTANT\",\"maxStandsPerEnterprise\":1,\"holdMinutes\":15,\"planWidth\":160,\"planDepth\":20}")
            .formatted(
                now.plus(30, ChronoUnit.DAYS),
                now.plus(31, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.HOURS),
                now.plus(20, ChronoUnit.DAYS));
    Matcher id = ID.matcher(post(client, base + "/api/v1/organiser/fairs", token, fair));
    if (!id.find()) {
      throw new IllegalStateException("the fair was not created");
    }
    long fairId = Long.parseLong(id.group(1));
    for (String row :
        List.of(
            "{\"prefix\":\"A\",\"count\":50,\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\"20\"}",
            "{\"prefix\":\"B\",\"count\":50,\"x\":0,\"y\":6,\"width\":3,\"depth\":3,\"price\":\"20\"}")) {
      post(client, base + "/api/v1/organiser/fairs/" + fairId + "/stands", token, row);
    }
    post(client, base + "/api/v1/organiser/fairs/" + fairId + "/publish", token, "{}");
    return fairId;
  }

  private static String post(HttpClient client, String url, String token, String json)
      throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String get(HttpClient client, String url) throws Exception {
    return client
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
