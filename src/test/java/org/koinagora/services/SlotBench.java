package org.koinagora.services;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.koinagora.bench.BenchSupport;
import org.koinagora.bench.Wrk;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.devserver.PlatformProcess;

/** Slot benchmark: a month's slot availability at 32 clients, and 1,000 racing bookings on 20. */
public final class SlotBench {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
  private static final int THREADS = 32;
  private static final int SLOTS = 20;
  private static final int CAPACITY = 10;
  private static final int ATTEMPTS = 1_000;
  private static final HttpClient CLIENT = client();

  /**
   * HTTP/1.1 and, for each measured run, connections of its own: a pooled connection that the
   * server closed while idle would end a POST with "EOF reached" (a POST is not retried).
   */
  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static final String LISTING =
      """
      {"kind":"SERVICE","title":{"el":"Bench εργαστήρι","en":"Bench workshop"},
       "description":{"el":"Για μέτρηση.","en":"For the benchmark."},"price":"10.00","vatRate":24,
       "unit":"PERSON","stock":null,"category":"services/training","tags":[],"status":"ACTIVE"}\
      """;
  private static final String AVAILABILITY =
      """
      {"durationMinutes":60,"capacity":%d,"pricePer":"PERSON","noticeHours":0,"horizonWeeks":8,
       "rules":[%s],"exceptions":[]}\
      """;
  private static final String ORDER =
      """
      {"lines":[{"listingId":%d,"quantity":1,"slot":{"start":"%s"}}],"payment":"MANUAL"}\
      """;

  private SlotBench() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 8095);
    int reads = Integer.getInteger("bench.reads", 4_000);
    int warmUp = Integer.getInteger("bench.warmUp", 500);
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-slots")).toAbsolutePath();
    Wrk.deleteRecursively(home);
    String password = "bench-" + System.nanoTime();
    try (var db =
        EmbeddedMariaDb.start(home.resolve("mariadb"), Integer.getInteger("bench.dbPort", 3322))) {
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
        String api = "http://127.0.0.1:" + port + "/api/v1";
        List<Long> services =
            call("GET", api + "/products?booking=SLOTS&size=20", null, null, 200)
                .asJsonObject()
                .getJsonArray("items")
                .stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        if (services.isEmpty()) {
          throw new IllegalStateException("the demo data has no slot services");
        }
        LocalDate today = LocalDate.now(ATHENS);
        String month = "/slots?from=" + today + "&to=" + today.plusDays(30);
        IntFunction<HttpRequest> read =
            i -> get(api + "/products/" + services.get(i % services.size()) + month);
        System.out.printf("%d slot services; %d + %d reads…%n", services.size(), warmUp, reads);
        run(warmUp, read);
        Result availability = run(reads, read);

        String seller = token(api, "enterprise1@demo.koinagora.org");
        List<String> buyers =
            List.of(
                token(api, "buyer@demo.koinagora.org"), token(api, "buyer2@demo.koinagora.org"));
        long listing =
            call("POST", api + "/me/listings", seller, LISTING, 201)
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();
        String rules =
            IntStream.rangeClosed(1, 7)
                .mapToObj("{\"weekday\":%d,\"from\":\"09:00\",\"to\":\"13:00\"}"::formatted)
                .collect(Collectors.joining(","));
        String url = api + "/me/listings/" + listing + "/availability";
        call("PUT", url, seller, AVAILABILITY.formatted(CAPACITY, rules), 200);
        // From tomorrow, so that no slot starts (and closes) while the bench runs.
        String slots = api + "/products/" + listing + "/slots?from=" + today.plusDays(1);
        List<String> starts =
            call("GET", slots, null, null, 200).asJsonArray().stream()
                .limit(SLOTS)
                .map(slot -> slot.asJsonObject().getString("start"))
                .toList();
        if (starts.size() < SLOTS) {
          throw new IllegalStateException("only " + starts.size() + " slots offered: " + starts);
        }
        System.out.printf("Service %d from %s; %d bookings…%n", listing, starts.get(0), ATTEMPTS);
        String orders = api + "/orders";
        Result booking =
            run(
                ATTEMPTS,
                i ->
                    request(
                        "POST",
                        orders,
                        buyers.get(i % 2),
                        ORDER.formatted(listing, starts.get(i % SLOTS))));
        long[] counted = new long[3];
        try (Connection connection =
                DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password);
            var check =
                connection.prepareStatement(
                    "SELECT MAX(taken), SUM(taken), (SELECT COUNT(*) FROM order_line WHERE slot_id"
                        + " IN (SELECT id FROM service_slot WHERE listing_id = ?)) FROM"
                        + " service_slot WHERE listing_id = ?")) {
          check.setLong(1, listing);
          check.setLong(2, listing);
          try (var rows = check.executeQuery()) {
            rows.next();
            for (int i = 0; i < 3; i++) {
              counted[i] = rows.getLong(i + 1);
            }
          }
        }
        int accepted = SLOTS * CAPACITY;
        int booked = booking.count(201);
        int refused = booking.count(409);
        boolean exact =
            booked == accepted
                && refused == ATTEMPTS - accepted
                && counted[0] == CAPACITY
                && counted[1] == accepted
                && counted[2] == accepted;

        System.out.printf(
            "%nMachine: %d cores, Java %s%n",
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(
            "Slot availability: GET /api/v1/products/{id}/slots for 30 days, %d demo slot services,"
                + " %d clients, %d requests after %d warm-up%n",
            services.size(), THREADS, reads, warmUp);
        System.out.println("| requests/s | p50 | p90 | p99 | max | 200 | other |");
        System.out.println("|---|---|---|---|---|---|---|");
        int ok = availability.count(200);
        System.out.println(availability.row(ok, reads - ok));
        System.out.printf(
            "%nSlot booking: %d attempts on %d slots of capacity %d through POST /api/v1/orders,"
                + " %d clients released together, 2 buyers%n",
            ATTEMPTS, SLOTS, CAPACITY, THREADS);
        System.out.println(
            "| attempts/s | p50 | p90 | p99 | max | booked (201) | refused (409) | other |"
                + " max taken | sum taken | order lines |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        System.out.println(
            booking.row(
                booked, refused, ATTEMPTS - booked - refused, counted[0], counted[1], counted[2]));
        System.out.println("outcome exact: " + (exact ? "yes" : "no"));
        if (!exact) {
          throw new IllegalStateException("the slot bookings are not exact");
        }
      }
    }
  }

  record Result(double[] millis, double seconds, int[] statuses) {
    int count(int status) {
      return (int) Arrays.stream(statuses).filter(each -> each == status).count();
    }

    /** A table row: rate, p50, p90, p99, max, then the given columns. */
    String row(Object... columns) {
      return "| %.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms |"
              .formatted(
                  millis.length / seconds,
                  BenchSupport.at(millis, 0.5),
                  BenchSupport.at(millis, 0.9),
                  BenchSupport.at(millis, 0.99),
                  millis[millis.length - 1])
          + Arrays.stream(columns).map(column -> " " + column + " |").collect(Collectors.joining());
    }
  }

  /** {@code count} requests from {@link #THREADS} client threads that start together. */
  private static Result run(int count, IntFunction<HttpRequest> requests) throws Exception {
    var next = new AtomicInteger();
    long[] nanos = new long[count];
    int[] statuses = new int[count];
    var unexpected = new AtomicReference<String>();
    var start = new CyclicBarrier(THREADS + 1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    HttpClient fresh = client();
    List<Future<Object>> workers = new ArrayList<>();
    double seconds;
    try {
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = requests.apply(i);
                    long begin = System.nanoTime();
                    var response = fresh.send(request, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - begin;
                    statuses[i] = response.statusCode();
                    if (statuses[i] / 100 != 2
                        && statuses[i] != 409
                        && unexpected.compareAndSet(null, response.body())) {
                      System.out.println(
                          "Unexpected answer " + statuses[i] + ": " + response.body());
                    }
                  }
                  return null;
                }));
      }
      start.await();
      long begin = System.nanoTime();
      for (Future<Object> worker : workers) {
        worker.get();
      }
      seconds = (System.nanoTime() - begin) / 1e9;
    } finally {
      pool.shutdown();
    }
    double[] millis = Arrays.stream(nanos).mapToDouble(each -> each / 1e6).sorted().toArray();
    return new Result(millis, seconds, statuses);
  }

  private static String token(String api, String email) throws Exception {
    String credentials = "{\"email\":\"%s\",\"password\":\"demo-password\"}".formatted(email);
    return call("POST", api + "/auth/token", null, credentials, 200)
        .asJsonObject()
        .getString("token");
  }

  private static HttpRequest get(String url) {
    return request("GET", url, null, null);
  }

  private static HttpRequest request(String method, String url, String token, String json) {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return (json == null
            ? request.GET()
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)))
        .build();
  }

  /** The answer's JSON, or an exception when the status is not the one expected. */
  private static JsonValue call(String method, String url, String token, String json, int expected)
      throws Exception {
    var response =
        CLIENT.send(request(method, url, token, json), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    }
  }
}
