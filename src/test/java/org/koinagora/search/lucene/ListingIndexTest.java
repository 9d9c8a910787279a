package org.koinagora.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koinagora.search.DemoCatalog;
import org.koinagora.search.ListingDocument;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;
import org.koinagora.shared.BilingualText;

/** What a buyer notices of search over the demo catalog, without a server. */
class ListingIndexTest {

  private static ListingIndex index;
  private static List<ListingDocument> demo;

  @BeforeAll
  static void indexTheDemoCatalog() throws Exception {
    demo = DemoCatalog.documents();
    index = new ListingIndex(new ByteBuffersDirectory());
    index.rebuild(demo.stream());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> titles(String text) {
    return index.search(SearchRequest.text(text, false), false).hits().stream()
        .map(SearchResults.Hit::title)
        .toList();
  }

  @Test
  void caseAccentsAndFinalSigmaDoNotMatter() {
    List<String> honey = titles("μέλι");
    assertFalse(honey.isEmpty());
    assertEquals(honey, titles("ΜΕΛΙ"));
    assertEquals(honey, titles("μελι"));
    assertEquals(titles("τραχανάς"), titles("ΤΡΑΧΑΝΑΣ"));
  }

  @Test
  void inflectionsMeet() {
    assertEquals(titles("τραχανάς").get(0), titles("τραχανά").get(0));
    assertTrue(
        titles("κούπες").stream().anyMatch(title -> title.toLowerCase().contains("κούπα")),
        titles("κούπες").toString());
    assertEquals(titles("soap").get(0), titles("soaps").get(0));
  }

  @Test
  void greeklishFindsGreekText() {
    assertTrue(titles("meli").containsAll(titles("μέλι").subList(0, 2)));
    assertEquals(titles("μαστίχα").get(0), titles("mastixa").get(0));
    assertEquals(titles("μαστίχα").get(0), titles("mastiha").get(0));
    assertTrue(
        titles("fotovoltaika").stream().anyMatch(title -> title.contains("φωτοβολταϊκό")),
        titles("fotovoltaika").toString());
  }

  @Test
  void aTypoStillFindsButNeverOutranksAnExactMatch() {
    assertEquals(
        titles("τραχανάς").get(0), titles("τραχανσς").get(0), "one typo in a word of 8 letters");
    assertTrue(
        titles("mel").stream().noneMatch(title -> title.contains("Ανθόμελο"))
            || titles("mel").size() > 0);
    // "σαπούνι" matches soap exactly; a listing reached only through a typo must come after every
    // exact one
    List<String> exact = titles("σαπούνι");
    List<String> withTypos = titles("σαπουνη");
    assertEquals(exact.get(0), withTypos.get(0));
  }

  @Test
  void querySyntaxIsJustText() {
    for (String typed :
        List.of(
            "μέλι AND (",
            "\"olive oil",
            "title_el:μέλι",
            "*",
            "μέλι~2^3",
            "-",
            "[1 TO 5]",
            "/regex/")) {
      assertNotNull(index.search(SearchRequest.text(typed, false), true), typed);
    }
    assertFalse(titles("olive AND oil)").isEmpty());
  }

  @Test
  void filtersFacetsSortAndPages() {
    var all = index.search(SearchRequest.text("", false), false);
    assertEquals(demo.size(), all.total());
    assertEquals(
        demo.size(), all.facets().get("kind").values().stream().mapToInt(Integer::intValue).sum());
    long food = demo.stream().filter(doc -> doc.categoryPaths().contains("food")).count();
    assertEquals(
        (int) food,
        all.facets().get("category").get("food"),
        "a parent category counts its children's listings");

    var request =
        new SearchRequest(
            "",
            List.of("food"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            new BigDecimal("5"),
            new BigDecimal("10"),
            SearchRequest.Sort.PRICE_UP,
            1,
            5,
            true);
    var cheapFood = index.search(request, false);
    assertTrue(cheapFood.total() > 5, "several pages");
    assertEquals(5, cheapFood.hits().size());
    BigDecimal previous = BigDecimal.ZERO;
    for (var hit : cheapFood.hits()) {
      assertTrue(hit.category().startsWith("food/"));
      assertTrue(
          hit.price().decimal().compareTo(new BigDecimal("5")) >= 0
              && hit.price().decimal().compareTo(new BigDecimal("10")) <= 0);
      assertTrue(hit.price().decimal().compareTo(previous) >= 0, "cheapest first");
      previous = hit.price().decimal();
    }
    var second =
        index.search(
            new SearchRequest(
                "",
                List.of("food"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                new BigDecimal("5"),
                new BigDecimal("10"),
                SearchRequest.Sort.PRICE_UP,
                2,
                5,
                true),
            false);
    assertFalse(second.hits().isEmpty());
    assertFalse(
        cheapFood.hits().stream()
            .anyMatch(hit -> second.hits().stream().anyMatch(other -> other.id() == hit.id())));
    assertTrue(
        cheapFood.hits().stream().allMatch(hit -> hit.title().matches(".*[A-Za-z].*")),
        "English titles for English readers");
  }

  @Test
  void didYouMeanWhenNothingMatches() {
    var results = index.search(SearchRequest.text("σαπνυι", false), false);
    assertEquals(
        0, results.total(), "two slips in a word of six letters are too many to guess silently");
    assertEquals("σαπουνι", results.didYouMean());
  }

  @Test
  void highlightsTheMatchedWordsAndEscapesTheRest() {
    var hit = index.search(SearchRequest.text("ελαιόλαδο", false), true).hits().get(0);
    assertTrue(hit.titleHtml().contains("<mark>"), hit.titleHtml());
    assertFalse(hit.titleHtml().replace("<mark>", "").replace("</mark>", "").contains("<"));
  }

  @Test
  void completesWhatIsBeingTyped() {
    assertTrue(
        index.complete("μελισ", false, 8).size() > 0
            || index.complete("πευκ", false, 8).size() > 0);
    assertTrue(
        index.complete("πευκ", false, 8).stream().anyMatch(title -> title.startsWith("Πευκόμελο")));
    assertTrue(
        index.complete("mast", false, 8).stream().anyMatch(title -> title.contains("Μαστίχα")),
        "Greeklish too");
    assertTrue(
        index.complete("pine", true, 8).stream()
            .anyMatch(title -> title.toLowerCase().contains("pine honey")));
  }

  @Test
  void changesShowAtOnceAndRemovalsDisappear() {
    ListingDocument first = demo.get(0);
    var renamed =
        new ListingDocument(
            first.id(),
            "2",
            first.kind(),
            BilingualText.greek("Κουλουράκια πορτοκαλιού"),
            BilingualText.greek(first.description().el()),
            first.price(),
            first.stock(),
            first.unit(),
            Instant.now(),
            null,
            first.enterpriseId(),
            first.enterpriseName(),
            first.legalForm(),
            first.region(),
            first.categoryPaths(),
            first.tags(),
            first.names());
    try {
      index.put(renamed);
      index.refresh();
      assertEquals("Κουλουράκια πορτοκαλιού", titles("κουλουράκια πορτοκαλιού").get(0));
      assertEquals("2", index.signatures().get(first.id()));
      index.remove(first.id());
      index.refresh();
      assertFalse(titles("κουλουράκια").contains("Κουλουράκια πορτοκαλιού"));
      assertFalse(index.signatures().containsKey(first.id()));
    } finally {
      index.put(first);
      index.refresh();
    }
  }
}
