package org.koinagora.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.Money;

/**
 * The demo catalog of DESIGN.md as search documents, read from the same files the platform loads
 * (demo JSON, the category seed of the migration), for search tests that need no server.
 */
public final class DemoCatalog {

  private static final Pattern ROOT =
      Pattern.compile("\\('([a-z-]+)', '([^']+)', '([^']+)', \\d+\\)");
  private static final Pattern CHILD =
      Pattern.compile(
          "SELECT '([a-z-]+)'(?: AS parent)?, '([a-z-]+)'(?: AS slug)?, '([^']+)'(?: AS name_el)?,"
              + " '([^']+)'");

  private DemoCatalog() {}

  public static List<ListingDocument> documents() throws IOException {
    Map<String, DocumentNames.CategoryName> categories = categories();
    Map<String, JsonObject> enterprises = new HashMap<>();
    for (JsonValue value : read("demo-data.json").asJsonObject().getJsonArray("enterprises")) {
      enterprises.put(value.asJsonObject().getString("member"), value.asJsonObject());
    }
    List<ListingDocument> documents = new ArrayList<>();
    long id = 0;
    for (JsonValue group : read("demo-listings.json").asJsonArray()) {
      JsonObject enterprise = enterprises.get(group.asJsonObject().getString("enterprise"));
      long enterpriseId = enterprises.values().stream().toList().indexOf(enterprise) + 1;
      for (JsonValue item : group.asJsonObject().getJsonArray("items")) {
        JsonArray row = item.asJsonArray();
        id++;
        String path = row.getString(8);
        List<DocumentNames.CategoryName> chain = new ArrayList<>();
        String prefix = "";
        for (String part : path.split("/")) {
          prefix = prefix.isEmpty() ? part : prefix + "/" + part;
          chain.add(categories.get(prefix));
        }
        List<String> tags =
            row.getJsonArray(9).getValuesAs(JsonString.class).stream()
                .map(s -> s.getString())
                .sorted()
                .toList();
        String region = enterprise.getString("region");
        String legalForm = enterprise.getString("legalForm");
        documents.add(
            new ListingDocument(
                id,
                "1",
                "services".equals(path.split("/")[0]) ? "SERVICE" : "PRODUCT",
                BilingualText.of(row.getString(0), row.getString(1)),
                BilingualText.of(row.getString(2), row.getString(3)),
                Money.euros(new BigDecimal(row.getString(4))),
                row.isNull(7) ? null : row.getInt(7),
                row.getString(6),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 60),
                null,
                enterpriseId,
                enterprise.getString("name"),
                legalForm,
                region,
                chain.stream().map(DocumentNames.CategoryName::path).toList(),
                tags,
                DocumentNames.of(chain, tags, region, legalForm)));
      }
    }
    return documents;
  }

  public static Map<String, DocumentNames.CategoryName> categories() throws IOException {
    String seed;
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      Path v2 =
          files
              .filter(file -> file.getFileName().toString().startsWith("V2__"))
              .findFirst()
              .orElseThrow();
      seed = Files.readString(v2, StandardCharsets.UTF_8);
    }
    Map<String, DocumentNames.CategoryName> categories = new HashMap<>();
    var roots = ROOT.matcher(seed);
    while (roots.find()) {
      categories.put(
          roots.group(1),
          new DocumentNames.CategoryName(roots.group(1), roots.group(2), roots.group(3)));
    }
    var children = CHILD.matcher(seed);
    while (children.find()) {
      String path = children.group(1) + "/" + children.group(2);
      categories.put(
          path, new DocumentNames.CategoryName(path, children.group(3), children.group(4)));
    }
    return categories;
  }

  private static JsonValue read(String name) throws IOException {
    try (InputStream in = DemoCatalog.class.getResourceAsStream("/org/koinagora/demo/" + name);
        var reader = Json.createReader(in)) {
      return reader.readValue();
    }
  }
}
