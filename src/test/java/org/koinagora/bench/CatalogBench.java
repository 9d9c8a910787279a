package org.koinagora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.devserver.PlatformProcess;

/**
 * Benchmark of the storefront pages: starts the platform with demo data on an embedded MariaDB,
 * grows the catalog to {@code bench.listings} (default 10,000) listings, then loads the home page
 * page, one product page and product pages picked uniformly at random (so that almost none is
 * served from the two-second page cache) with wrk (32 connections, 2 threads), and prints latency
 * percentiles and throughput. Run with {@code mvn -Pbench package} (needs Debian's wrk).
 */
public final class CatalogBench {

  private CatalogBench() {}

  public static void main(String[] args) throws Exception {
    int listings = Integer.getInteger("bench.listings", 10_000);
    int seconds = Integer.getInteger("bench.seconds", 30);
    int port = Integer.getInteger("bench.port", 8090);
    Path home = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    Wrk.deleteRecursively(home);
    String password = "bench-" + System.nanoTime();
    try (var db =
        EmbeddedMariaDb.start(home.resolve("mariadb"), Integer.getInteger("bench.dbPort", 3317))) {
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
              home.toString(),
              "KOINAGORA_PAGE_CACHE_MAX_MB",
              System.getProperty("bench.pageCacheMb", "256"));
      try (var server =
          PlatformProcess.start(
              Path.of(System.getProperty("devserver.payaraJar", "target/payara-micro.jar")),
              Path.of(System.getProperty("devserver.war", "target/koinagora.war")),
              home.resolve("payara"),
              port,
              "-Xmx1g",
              environment,
              false)) {
        System.out.printf(
            "Ready in %.1f s; growing the catalog to %,d listings…%n",
            server.awaitReady().toMillis() / 1000.0, listings);
        long maxId = grow(db.jdbcUrl("koinagora"), password, listings);
        Path random =
            lua(
                home,
                "random-product.lua",
                "math.randomseed(os.time())\n"
                    + "request = function()\n"
                    + "  return wrk.format(\"GET\", \"/products/\" .. math.random(1, "
                    + maxId
                    + "))\nend\n");
        // each wrk thread walks its own half of the ids in order, so no page is asked for twice
        Path inOrder =
            lua(
                home,
                "products-in-order.lua",
                "local threads = 0\n"
                    + "function setup(thread)\n"
                    + "  thread:set(\"n\", threads)\n"
                    + "  threads = threads + 1\n"
                    + "end\n"
                    + "request = function()\n"
                    + "  n = n + 2\n"
                    + "  return wrk.format(\"GET\", \"/products/\" .. (n % "
                    + maxId
                    + " + 1))\nend\n");
        String base = "http://127.0.0.1:" + port;
        var page =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/products/2")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf("A product page is %,d bytes%n", page.body().length);
        Wrk.run(base + "/", 10, null);
        Wrk.run(base + "/products/1", 5, random);
        List<String> report = new ArrayList<>();
        report.add(result("home page /", Wrk.run(base + "/", seconds, null)));
        report.add(
            result("one product page /products/2", Wrk.run(base + "/products/2", seconds, null)));
        String firstVisits = Wrk.run(base + "/products/1", 8, inOrder);
        report.add(result("product pages never visited before (each rendered fresh)", firstVisits));
        double freshPerSecond = Double.parseDouble(Wrk.requestsPerSecond(firstVisits));
        int crawl = (int) Math.min(300, Math.ceil(maxId / Math.max(freshPerSecond, 50) * 1.3));
        System.out.printf(
            "Visiting every product page once (%d s), as a crawler or the first buyers would…%n",
            crawl);
        Wrk.run(base + "/products/1", crawl, inOrder);
        report.add(
            result(
                "product pages /products/{uniformly random id of " + maxId + "}",
                Wrk.run(base + "/products/1", seconds, random)));
        System.out.println();
        System.out.printf(
            "Catalog benchmark: %,d listings, wrk -t2 -c32 -d%ds on loopback, %d cores%n",
            listings, seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("| page | requests/s | p50 | p75 | p90 | p99 | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        report.forEach(System.out::println);
      }
    }
  }

  /** Multiplies the demo listings (with their tags) until the catalog holds {@code target}. */
  private static long grow(String url, String password, int target) throws Exception {
    try (var connection = DriverManager.getConnection(url, "koinagora", password);
        var statement = connection.createStatement()) {
      var rows = statement.executeQuery("SELECT COUNT(*) FROM listing");
      rows.next();
      int existing = rows.getInt(1);
      int copies = Math.max(0, (target - existing + existing - 1) / Math.max(existing, 1));
      statement.executeUpdate(
          "INSERT INTO listing (enterprise_id, kind, title_el, title_en, description_el,"
              + " description_en, price, vat_rate, unit, stock, category_id, status, featured,"
              + " created_at, updated_at) SELECT l.enterprise_id, l.kind, CONCAT(l.title_el, ' ',"
              + " s.seq), CONCAT(l.title_en, ' ', s.seq), l.description_el, l.description_en,"
              + " l.price + s.seq / 100, l.vat_rate, l.unit, l.stock, l.category_id, l.status,"
              + " FALSE, l.created_at - INTERVAL s.seq MINUTE, l.updated_at FROM listing l CROSS"
              + " JOIN seq_1_to_"
              + Math.max(copies, 1)
              + " s"
              + " ORDER BY s.seq, l.id LIMIT "
              + Math.max(0, target - existing));
      statement.executeUpdate(
          "INSERT IGNORE INTO listing_tag (listing_id, tag) SELECT n.id, t.tag FROM listing n JOIN"
              + " listing o ON o.title_el = SUBSTRING_INDEX(n.title_el, ' ',"
              + " CHAR_LENGTH(n.title_el) - CHAR_LENGTH(REPLACE(n.title_el, ' ', ''))) AND"
              + " o.enterprise_id = n.enterprise_id JOIN listing_tag t ON t.listing_id = o.id WHERE"
              + " n.id > "
              + existing);
      var max = statement.executeQuery("SELECT MAX(id), COUNT(*) FROM listing");
      max.next();
      System.out.printf("Catalog now holds %,d listings%n", max.getLong(2));
      return max.getLong(1);
    }
  }

  private static Path lua(Path home, String name, String script) throws IOException {
    Path file = home.resolve(name);
    Files.writeString(file, script, StandardCharsets.UTF_8);
    return file;
  }

  private static String result(String page, String wrkOutput) {
    return "| "
        + page
        + " | "
        + Wrk.requestsPerSecond(wrkOutput)
        + " | "
        + Wrk.latency(wrkOutput, 50)
        + " | "
        + Wrk.latency(wrkOutput, 75)
        + " | "
        + Wrk.latency(wrkOutput, 90)
        + " | "
        + Wrk.latency(wrkOutput, 99)
        + " | "
        + errors(wrkOutput)
        + " |";
  }

  private static String errors(String wrkOutput) {
    String socket = Wrk.find(wrkOutput, "Socket errors:\\s+([^\\n]+)");
    return Wrk.non2xx(wrkOutput) + " non-2xx" + ("?".equals(socket) ? "" : "; socket " + socket);
  }
}
