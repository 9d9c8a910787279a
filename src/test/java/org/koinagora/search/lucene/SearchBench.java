package org.koinagora.search.lucene;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.store.FSDirectory;
import org.koinagora.bench.Wrk;
import org.koinagora.demo.DemoData;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.devserver.PlatformProcess;
import org.koinagora.search.DemoCatalog;
import org.koinagora.search.DocumentNames;
import org.koinagora.search.ListingDocument;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.lucene.analysis.Greeklish;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.Money;

/**
 * Search benchmark, in one run: generates {@code bench.search.listings} (default 100,000) listings
 * from the vocabulary of the demo catalog, stores them in an embedded MariaDB behind a running
 * platform, then measures (1) the in-process index build, (2) in-process latency over a mix of
 * 1,000 queries, (3) the same mix through MariaDB with LIKE and with a FULLTEXT index, (4) the
 * platform's rebuild from the database and {@code GET /api/v1/products?q=} over HTTP with wrk at 32
 * connections. Prints Markdown tables. Run with {@code bench/search.sh}.
 */
public final class SearchBench {

  private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
  private static final String[] REGIONS = {
    "ATTICA",
    "CENTRAL_MACEDONIA",
    "CRETE",
    "NORTH_AEGEAN",
    "EPIRUS",
    "THESSALY",
    "WEST_GREECE",
    "PELOPONNESE"
  };
  private static final String[] FORMS = {
    "KOINSEP", "AGRICULTURAL_COOPERATIVE", "WORKER_COOPERATIVE", "KOISPE"
  };
  private static final String[] TAGS = {
    "organic",
    "local",
    "handmade",
    "fair-trade",
    "vegan",
    "zero-waste",
    "gluten-free",
    "recycled",
    "inclusive"
  };

  private SearchBench() {}

  record Query(String kind, String text, String category, String region) {}

  private static final class SkipBaseline extends Exception {}

  public static void main(String[] args) throws Exception {
    int listings = Integer.getInteger("bench.search.listings", 100_000);
    int port = Integer.getInteger("bench.port", 8091);
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-search")).toAbsolutePath();
    Wrk.deleteRecursively(home);
    List<ListingDocument> demo = DemoCatalog.documents();
    Random random = new Random(42);
    List<String> greekWords = words(demo, true);
    List<String> englishWords = words(demo, false);
    Map<String, DocumentNames.CategoryName> categories = DemoCatalog.categories();
    List<ListingDocument> documents =
        generate(listings, demo, greekWords, englishWords, categories, random);
    List<Query> mix = queryMix(demo, greekWords, englishWords, random);
    List<String> report = new ArrayList<>();
    System.out.printf("Generated %,d listings and %,d queries%n", documents.size(), mix.size());

    // 1 + 2: in process
    Path indexDir = home.resolve("index");
    Files.createDirectories(indexDir);
    double buildSeconds;
    double[] lucene;
    try (var index = new ListingIndex(FSDirectory.open(indexDir), false)) {
      long start = System.nanoTime();
      index.rebuild(documents.stream());
      buildSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("Index built in %.1f s%n", buildSeconds);
      for (int round = 0; round < 3; round++) {
        run(mix, query -> luceneQuery(index, query));
      }
      lucene = run(mix, query -> luceneQuery(index, query));
      report.add(
          String.format(
              "| Lucene, in process (%,d queries) | %s |", mix.size(), percentiles(lucene)));
      for (String kind :
          List.of("one word", "two words", "filtered", "fuzzy", "greeklish", "prefix")) {
        List<Query> some = mix.stream().filter(query -> query.kind().equals(kind)).toList();
        report.add(
            String.format(
                "| — %s (%d) | %s |",
                kind, some.size(), percentiles(run(some, query -> luceneQuery(index, query)))));
      }
    }

    if (Boolean.getBoolean("bench.search.inProcessOnly")) {
      report.forEach(System.out::println);
      return;
    }
    String password = "bench-" + System.nanoTime();
    try (var db =
        EmbeddedMariaDb.start(home.resolve("mariadb"), Integer.getInteger("bench.dbPort", 3318))) {
      db.createDatabase("koinagora", "koinagora", password);
      Map<String, String> environment =
          new HashMap<>(
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
                  home.resolve("data").toString()));
      if (System.getProperty("bench.jfr") != null) {
        // a Flight Recorder profile of the platform, written when it stops
        environment.put(
            "JDK_JAVA_OPTIONS",
            "-XX:StartFlightRecording=dumponexit=true,settings=profile,filename="
                + System.getProperty("bench.jfr"));
      }
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
            "Platform ready in %.1f s; storing the listings in MariaDB…%n",
            server.awaitReady().toMillis() / 1000.0);
        try (Connection connection =
            DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password)) {
          store(connection, documents);
        }
        try (Connection connection =
            DriverManager.getConnection(db.jdbcUrl("koinagora"), "koinagora", password)) {
          if (Boolean.getBoolean("bench.search.skipBaseline")) {
            throw new SkipBaseline();
          }
          // 3: the baseline a simpler shop would use: the first page and the number of results
          List<Query> dbMix =
              mix.subList(
                  0, Math.min(mix.size(), Integer.getInteger("bench.search.dbQueries", 150)));
          double[] like =
              run(
                  dbMix,
                  query -> {
                    sql(connection, likeSql(), likeParameters(query));
                    sql(connection, likeCountSql(), likeParameters(query));
                  });
          report.add(
              String.format(
                  "| MariaDB LIKE '%%…%%', first page + count (%d queries) | %s |",
                  dbMix.size(), percentiles(like)));
          long fulltextStart = System.nanoTime();
          try (var statement = connection.createStatement()) {
            statement.execute(
                "ALTER TABLE listing ADD FULLTEXT INDEX bench_fulltext (title_el, description_el,"
                    + " title_en, description_en)");
          }
          System.out.printf(
              "FULLTEXT index built in %.1f s%n", (System.nanoTime() - fulltextStart) / 1e9);
          Consumer<Query> fulltextPage =
              query -> {
                sql(connection, fulltextSql(), new Object[] {query.text()});
                sql(connection, fulltextCountSql(), new Object[] {query.text()});
              };
          run(dbMix, fulltextPage);
          double[] fulltext = run(dbMix, fulltextPage);
          report.add(
              String.format(
                  "| MariaDB FULLTEXT, first page + count (%d queries) | %s |",
                  dbMix.size(), percentiles(fulltext)));
          report.add(
              String.format(
                  "| Lucene p50 is faster than LIKE by | %.0f× | | | |",
                  like[like.length / 2] / lucene[lucene.length / 2]));
          report.add(
              String.format(
                  "| Lucene p50 is faster than FULLTEXT by | %.0f× | | | |",
                  fulltext[fulltext.length / 2] / lucene[lucene.length / 2]));
        } catch (SkipBaseline skipped) {
          report.add("| MariaDB baseline | skipped | | | | |");
        }
        // 4: the platform rebuilds its index from the database, then answers over HTTP
        String base = "http://127.0.0.1:" + port;
        String token = adminToken(base);
        long start = System.nanoTime();
        String rebuilt = post(base + "/api/v1/admin/search/rebuild", token);
        double platformRebuild = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "Platform rebuilt its index from MariaDB in %.1f s: %s%n", platformRebuild, rebuilt);
        Path script = home.resolve("products.lua");
        Files.writeString(script, wrkScript(mix), StandardCharsets.UTF_8);
        // queries not asked before: the result cache cannot help
        List<Query> fresh =
            new ArrayList<>(
                new LinkedHashSet<>(
                    queryMix(40_000, demo, greekWords, englishWords, new Random(7))));
        fresh.removeIf(query -> query.kind().equals("prefix") || mix.contains(query));
        Path freshScript = home.resolve("products-fresh.lua");
        Files.writeString(freshScript, wrkScript(fresh), StandardCharsets.UTF_8);
        Wrk.run(base + "/api/v1/products", 10, script);
        String freshHttp =
            Wrk.run(
                base + "/api/v1/products", Integer.getInteger("bench.seconds", 30), freshScript);
        String http =
            Wrk.run(base + "/api/v1/products", Integer.getInteger("bench.seconds", 30), script);
        System.out.println();
        System.out.printf(
            "Search benchmark: %,d listings, %d cores, Java %s%n",
            listings,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"));
        System.out.printf(
            "Index build in process: %.1f s; platform rebuild from MariaDB: %.1f s%n",
            buildSeconds, platformRebuild);
        System.out.println("| query path | p50 | p90 | p99 | max | queries/s (1 thread) |");
        System.out.println("|---|---|---|---|---|---|");
        report.forEach(System.out::println);
        System.out.println();
        System.out.println(
            "| HTTP GET /api/v1/products?q=… (wrk -t2 -c32 -d30s) | requests/s | p50 | p90 | p99 |"
                + " non-2xx |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.println(
            httpRow(
                String.format("%,d queries in turn, each asked once (no cache hit)", fresh.size()),
                freshHttp));
        System.out.println(
            httpRow("the 1,000-query mix, asked again and again (popular searches)", http));
      }
    }
  }

  // ---- data

  private static List<String> words(List<ListingDocument> demo, boolean greek) {
    var words = new LinkedHashSet<String>();
    for (ListingDocument doc : demo) {
      String text =
          greek
              ? doc.title().el() + " " + doc.description().el()
              : doc.title().en() + " " + doc.description().en();
      Matcher matcher = WORD.matcher(text);
      while (matcher.find()) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(words);
  }

  private static String pick(List<String> words, Random random, int count) {
    var text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return text.toString();
  }

  private static List<ListingDocument> generate(
      int count,
      List<ListingDocument> demo,
      List<String> greek,
      List<String> english,
      Map<String, DocumentNames.CategoryName> categories,
      Random random) {
    List<ListingDocument> documents = new ArrayList<>(count);
    Instant now = Instant.parse("2026-11-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      ListingDocument model = demo.get(random.nextInt(demo.size()));
      String region = REGIONS[random.nextInt(REGIONS.length)];
      String form = FORMS[random.nextInt(FORMS.length)];
      List<String> tags =
          new ArrayList<>(
              new LinkedHashSet<>(
                  List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)])));
      tags.sort(null);
      List<DocumentNames.CategoryName> chain = new ArrayList<>();
      for (String path : model.categoryPaths()) {
        chain.add(categories.get(path));
      }
      long enterprise = 1 + random.nextInt(12);
      documents.add(
          new ListingDocument(
              i + 1,
              "0",
              model.kind(),
              BilingualText.of(
                  model.title().el() + " " + pick(greek, random, 2),
                  model.title().en() + " " + pick(english, random, 2)),
              BilingualText.of(
                  model.description().el() + " " + pick(greek, random, 25),
                  model.description().en() + " " + pick(english, random, 25)),
              Money.euros(BigDecimal.valueOf(100 + random.nextInt(20_000)).movePointLeft(2)),
              random.nextInt(4) == 0 ? null : random.nextInt(50),
              model.unit(),
              now.minusSeconds(i * 60L),
              null,
              enterprise,
              "Συνεταιρισμός " + enterprise,
              form,
              region,
              model.categoryPaths(),
              tags,
              DocumentNames.of(chain, tags, region, form)));
    }
    return documents;
  }

  private static List<Query> queryMix(
      List<ListingDocument> demo, List<String> greek, List<String> english, Random random) {
    return queryMix(1000, demo, greek, english, random);
  }

  private static List<Query> queryMix(
      int count,
      List<ListingDocument> demo,
      List<String> greek,
      List<String> english,
      Random random) {
    List<Query> mix = new ArrayList<>();
    List<String> paths = demo.stream().map(ListingDocument::category).distinct().toList();
    for (int i = 0; i < count; i++) {
      String word = greek.get(random.nextInt(greek.size()));
      mix.add(
          switch (i % 6) {
            case 0 ->
                new Query(
                    "one word",
                    random.nextBoolean() ? word : english.get(random.nextInt(english.size())),
                    null,
                    null);
            case 1 ->
                new Query(
                    "two words", word + " " + greek.get(random.nextInt(greek.size())), null, null);
            case 2 ->
                new Query(
                    "filtered",
                    word,
                    paths.get(random.nextInt(paths.size())).split("/")[0],
                    REGIONS[random.nextInt(REGIONS.length)]);
            case 3 -> new Query("fuzzy", typo(word, random), null, null);
            case 4 ->
                new Query(
                    "greeklish", Greeklish.key(new TextQueries().normalize(word)), null, null);
            default ->
                new Query(
                    "prefix",
                    word.substring(0, Math.min(word.length(), 3 + random.nextInt(2))),
                    null,
                    null);
          });
    }
    return mix;
  }

  private static String typo(String word, Random random) {
    char[] letters = word.toCharArray();
    int at = 1 + random.nextInt(letters.length - 2);
    letters[at] = letters[at + 1 < letters.length ? at + 1 : at - 1];
    return new String(letters);
  }

  private static void store(Connection connection, List<ListingDocument> documents)
      throws Exception {
    long start = System.nanoTime();
    Map<String, Long> categoryIds = new HashMap<>();
    try (var rows = connection.createStatement().executeQuery("SELECT path, id FROM category")) {
      while (rows.next()) {
        categoryIds.put(rows.getString(1), rows.getLong(2));
      }
    }
    List<Long> enterprises = new ArrayList<>();
    try (var rows =
        connection
            .createStatement()
            .executeQuery("SELECT id FROM enterprise WHERE status = 'VERIFIED' ORDER BY id")) {
      while (rows.next()) {
        enterprises.add(rows.getLong(1));
      }
    }
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO listing (enterprise_id, kind, title_el, title_en, description_el,"
                + " description_en, price, vat_rate, unit, stock, category_id, status, featured,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 13, ?, ?, ?, 'ACTIVE',"
                + " FALSE, ?, ?)")) {
      int batch = 0;
      for (ListingDocument doc : documents) {
        insert.setLong(1, enterprises.get((int) (doc.enterpriseId() - 1) % enterprises.size()));
        insert.setString(2, doc.kind());
        insert.setString(
            3,
            doc.title().el().length() > 160
                ? doc.title().el().substring(0, 160)
                : doc.title().el());
        insert.setString(
            4,
            doc.title().en().length() > 160
                ? doc.title().en().substring(0, 160)
                : doc.title().en());
        insert.setString(5, doc.description().el());
        insert.setString(6, doc.description().en());
        insert.setBigDecimal(7, doc.price().decimal());
        insert.setString(8, doc.unit());
        if (doc.stock() == null) {
          insert.setNull(9, Types.INTEGER);
        } else {
          insert.setInt(9, doc.stock());
        }
        insert.setLong(10, categoryIds.get(doc.category()));
        insert.setTimestamp(11, Timestamp.from(doc.created()));
        insert.setTimestamp(12, Timestamp.from(doc.created()));
        insert.addBatch();
        if (++batch % 2_000 == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
    try (var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT IGNORE INTO listing_tag (listing_id, tag) SELECT id, ELT(1 + id % 9, 'ORGANIC',"
              + " 'LOCAL', 'HANDMADE', 'FAIR_TRADE', 'VEGAN', 'ZERO_WASTE', 'GLUTEN_FREE',"
              + " 'RECYCLED', 'INCLUSIVE') FROM listing");
    }
    connection.commit();
    connection.setAutoCommit(true);
    System.out.printf(
        "Stored %,d listings in MariaDB in %.1f s%n",
        documents.size(), (System.nanoTime() - start) / 1e9);
  }

  // ---- measuring

  private static void luceneQuery(ListingIndex index, Query query) {
    if (query.kind().equals("prefix")) {
      index.complete(query.text(), false, 8);
      return;
    }
    var request =
        new SearchRequest(
            query.text(),
            query.category() == null ? List.of() : List.of(query.category()),
            query.region() == null ? List.of() : List.of(query.region()),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            SearchRequest.Sort.RELEVANCE,
            1,
            20,
            false);
    index.search(request, false);
  }

  private static String likeSql() {
    return "SELECT id, title_el, price FROM listing WHERE status = 'ACTIVE' AND (title_el LIKE ? OR"
        + " description_el LIKE ? OR title_en LIKE ? OR description_en LIKE ?) ORDER BY"
        + " created_at DESC LIMIT 20";
  }

  private static String likeCountSql() {
    return "SELECT COUNT(*) FROM listing WHERE status = 'ACTIVE' AND (title_el LIKE ? OR"
        + " description_el LIKE ? OR title_en LIKE ? OR description_en LIKE ?)";
  }

  private static String fulltextCountSql() {
    return "SELECT COUNT(*) FROM listing WHERE status = 'ACTIVE' AND MATCH (title_el,"
        + " description_el, title_en, description_en) AGAINST (? IN NATURAL LANGUAGE MODE)";
  }

  private static Object[] likeParameters(Query query) {
    String pattern = "%" + query.text() + "%";
    return new Object[] {pattern, pattern, pattern, pattern};
  }

  private static String fulltextSql() {
    return "SELECT id, title_el, price FROM listing WHERE status = 'ACTIVE' AND MATCH (title_el,"
        + " description_el, title_en, description_en) AGAINST (? IN NATURAL LANGUAGE MODE)"
        + " LIMIT 20";
  }

  private static void sql(Connection connection, String sql, Object[] parameters) {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          rows.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs each query once; returns the latencies in milliseconds, sorted. */
  private static double[] run(List<Query> queries, Consumer<Query> each) {
    double[] millis = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      each.accept(queries.get(i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static String percentiles(double[] sorted) {
    double total = Arrays.stream(sorted).sum();
    return String.format(
        "%.2f ms | %.2f ms | %.2f ms | %.2f ms | %,.0f",
        at(sorted, 0.50),
        at(sorted, 0.90),
        at(sorted, 0.99),
        sorted[sorted.length - 1],
        sorted.length / (total / 1000));
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  // ---- HTTP

  private static String adminToken(String base) throws Exception {
    String body =
        "{\"email\":\"admin@demo.koinagora.org\",\"password\":\"" + DemoData.PASSWORD + "\"}";
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return Wrk.find(response.body(), "\"token\":\"([^\"]+)\"");
  }

  private static String post(String url, String token) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }

  private static String wrkScript(List<Query> mix) {
    var paths = new StringBuilder("local paths = {\n");
    for (Query query : mix) {
      if (query.kind().equals("prefix")) {
        continue;
      }
      var path =
          new StringBuilder("/api/v1/products?q=")
              .append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
      if (query.category() != null) {
        path.append("&category=")
            .append(query.category())
            .append("&region=")
            .append(query.region());
      }
      paths.append("  \"").append(path).append("\",\n");
    }
    // each wrk thread starts half-way through the other's list, so no query is asked twice in a run
    return paths
        .append(
            "}\n"
                + "local threads = 0\n"
                + "function setup(thread)\n"
                + "  thread:set(\"start\", threads)\n"
                + "  threads = threads + 1\n"
                + "end\n"
                + "function init(args)\n"
                + "  i = start * math.floor(#paths / 2)\n"
                + "end\n"
                + "request = function()\n"
                + "  i = i % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[i])\n"
                + "end\n")
        .toString();
  }

  private static String httpRow(String what, String wrkOutput) {
    return "| "
        + what
        + " | "
        + Wrk.requestsPerSecond(wrkOutput)
        + " | "
        + Wrk.latency(wrkOutput, 50)
        + " | "
        + Wrk.latency(wrkOutput, 90)
        + " | "
        + Wrk.latency(wrkOutput, 99)
        + " | "
        + Wrk.non2xx(wrkOutput)
        + " |";
  }
}
