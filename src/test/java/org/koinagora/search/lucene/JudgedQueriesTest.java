package org.koinagora.search.lucene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koinagora.search.DemoCatalog;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;

/**
 * Search quality over the demo catalog: the judged queries of {@code search/judged-queries.json}
 * (Greek, English, Greeklish, with typos), each with the listings a buyer expects first. Prints
 * recall@5 and MRR per kind of query and overall; fails below recall@5 0.9 or MRR 0.8.
 */
class JudgedQueriesTest {

  private static ListingIndex index;

  @BeforeAll
  static void indexTheDemoCatalog() throws Exception {
    index = new ListingIndex(new ByteBuffersDirectory());
    index.rebuild(DemoCatalog.documents().stream());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theJudgedQueriesFindTheRightListingsFirst() throws Exception {
    JsonObject judged;
    try (InputStream in = getClass().getResourceAsStream("/search/judged-queries.json");
        var reader = Json.createReader(in)) {
      judged = reader.readObject();
    }
    Map<String, double[]> byKind = new HashMap<>();
    StringBuilder misses = new StringBuilder();
    for (JsonValue value : judged.getJsonArray("queries")) {
      JsonObject query = value.asJsonObject();
      List<String> relevant =
          query.getJsonArray("relevant").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      var request = SearchRequest.text(query.getString("q"), false);
      List<String> found =
          index.search(request, false).hits().stream()
              .map(SearchResults.Hit::title)
              .limit(5)
              .toList();
      long inTop5 = relevant.stream().filter(found::contains).count();
      double recall = (double) inTop5 / Math.min(relevant.size(), 5);
      double reciprocalRank = 0;
      for (int rank = 0; rank < found.size(); rank++) {
        if (relevant.contains(found.get(rank))) {
          reciprocalRank = 1.0 / (rank + 1);
          break;
        }
      }
      if (recall < 1 || reciprocalRank < 1) {
        misses.append(
            String.format(
                "  %-28s recall@5 %.2f RR %.2f  got %s%n",
                query.getString("q"), recall, reciprocalRank, found));
      }
      for (String kind : List.of(query.getString("kind"), "all")) {
        double[] sums = byKind.computeIfAbsent(kind, k -> new double[3]);
        sums[0] += recall;
        sums[1] += reciprocalRank;
        sums[2]++;
      }
    }
    System.out.println("Judged queries over the demo catalog:");
    System.out.println("| queries | count | recall@5 | MRR |");
    System.out.println("|---|---|---|---|");
    byKind.forEach(
        (kind, sums) ->
            System.out.printf(
                "| %s | %.0f | %.3f | %.3f |%n",
                kind, sums[2], sums[0] / sums[2], sums[1] / sums[2]));
    System.out.print(misses);
    double[] all = byKind.get("all");
    assertTrue(all[2] >= 40, "at least 40 judged queries");
    assertTrue(all[0] / all[2] >= 0.9, "recall@5 " + all[0] / all[2]);
    assertTrue(all[1] / all[2] >= 0.8, "MRR " + all[1] / all[2]);
  }
}
