package org.koinagora.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;

/** GET /api/v1/products and /search on the deployed platform, kept in step with the database. */
class SearchIT extends DeployedWarIT {

  private static String listing(
      String titleEl, String titleEn, String category, String tag, String price) {
    return """
    {"kind":"PRODUCT","title":{"el":"%s","en":"%s"},
     "description":{"el":"Φτιαγμένο στο εργαστήριό μας.","en":"Made in our workshop."},
     "price":"%s","vatRate":13,"unit":"PIECE","stock":null,"category":"%s",
     "tags":["%s"],"status":"ACTIVE"}
    """
        .formatted(titleEl, titleEn, price, category, tag);
  }

  private JsonObject search(String query) {
    var response = new Client(base).get("/api/v1/products?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return Client.json(response);
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aNewListingIsSearchableAtOnceInGreekGreeklishAndEnglishAndLeavesWhenArchived() {
    Member member = Member.of(base, "quince", true);
    var created =
        member
            .client()
            .postJson(
                "/api/v1/me/listings",
                listing(
                    "Κυδωνόπαστο Χαλκιδικής",
                    "Quince paste from Halkidiki",
                    "food/preserves",
                    "handmade",
                    "6.40"),
                member.token());
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();

    // the very next request finds it: the index is updated before the answer (speed is for
    // bench/search.sh)
    JsonObject greek = search(q("κυδωνοπαστο"));
    assertEquals(1, greek.getInt("total"), greek.toString());
    JsonObject item = greek.getJsonArray("items").getJsonObject(0);
    assertEquals(id, item.getJsonNumber("id").longValue());
    assertEquals("Κυδωνόπαστο Χαλκιδικής", item.getString("title"));
    assertEquals("6.40", item.getJsonObject("price").getString("amount"));
    assertEquals("EUR", item.getJsonObject("price").getString("currency"));
    assertEquals(
        member.enterpriseId(), item.getJsonObject("enterprise").getJsonNumber("id").longValue());
    assertEquals("food/preserves", item.getString("category"));
    assertEquals("[\"handmade\"]", item.getJsonArray("tags").toString());
    assertTrue(item.isNull("available"), "unlimited stock");
    assertEquals("/products/" + id, item.getString("url"));
    assertEquals(1, greek.getJsonObject("facets").getJsonObject("category").getInt("food"));

    assertEquals(1, search(q("ΚΥΔΩΝΟΠΑΣΤΟ")).getInt("total"), "case and accents do not matter");
    assertEquals(1, search(q("kydonopasto")).getInt("total"), "Greeklish");
    assertEquals(1, search(q("quince pastes")).getInt("total"), "English, stemmed");
    assertEquals(1, search(q("κυδωνοπαστω")).getInt("total"), "one typo");

    var edited =
        member
            .client()
            .putJson(
                "/api/v1/me/listings/" + id,
                listing("Μαρμελάδα κυδώνι", "Quince jam", "food/preserves", "handmade", "6.40"),
                member.token());
    assertEquals(200, edited.statusCode());
    assertEquals(
        0, search(q("κυδωνόπαστο")).getInt("total"), "the old title is gone from the index");
    assertEquals(1, search(q("μαρμελάδα κυδώνι")).getInt("total"));

    member.client().delete("/api/v1/me/listings/" + id, member.token());
    assertEquals(
        0, search(q("μαρμελάδα κυδώνι")).getInt("total"), "archived listings are not found");
  }

  @Test
  void filtersFacetsSortAndPagesWork() {
    Member member = Member.of(base, "baskets", true);
    for (int i = 1; i <= 3; i++) {
      member
          .client()
          .postJson(
              "/api/v1/me/listings",
              listing(
                  "Ψάθινο καλάθι " + i,
                  "Straw basket " + i,
                  "crafts",
                  i == 1 ? "recycled" : "handmade",
                  i + "0.00"),
              member.token());
    }
    String mine = "&enterprise=" + member.enterpriseId();
    JsonObject all = search(q("καλάθι") + mine + "&sort=price-desc&size=2");
    assertEquals(3, all.getInt("total"));
    assertEquals(2, all.getJsonArray("items").size());
    assertEquals(
        "30.00",
        all.getJsonArray("items").getJsonObject(0).getJsonObject("price").getString("amount"),
        "dearest first");
    assertEquals(
        1,
        search(q("καλάθι") + mine + "&sort=price-desc&size=2&page=2").getJsonArray("items").size());
    assertEquals(2, all.getJsonObject("facets").getJsonObject("tag").getInt("handmade"));
    assertEquals(1, search(q("καλάθι") + mine + "&tag=recycled").getInt("total"));
    assertEquals(2, search(q("καλάθι") + mine + "&minPrice=15&maxPrice=35").getInt("total"));
    assertEquals(
        3, search("category=crafts" + mine).getInt("total"), "no words lists all, newest first");
    assertEquals(0, search(q("καλάθι") + mine + "&kind=SERVICE").getInt("total"));
  }

  @Test
  void typedQuerySyntaxIsTextAndBadParametersName400() {
    for (String typed :
        new String[] {"μέλι AND (", "title:\"", "*", "~2", "[1 TO", "/x/", "\\", "!!"}) {
      var response = new Client(base).get("/api/v1/products?" + q(typed));
      assertEquals(200, response.statusCode(), typed + ": " + response.body());
    }
    assertBadRequest("page=0", "page");
    assertBadRequest("page=abc", "page");
    assertBadRequest("size=1000", "size");
    assertBadRequest("minPrice=cheap", "minPrice");
    assertBadRequest("minPrice=10&maxPrice=5", "maxPrice");
    assertBadRequest("region=ATLANTIS", "region");
    assertBadRequest("category=no/such", "category");
    assertBadRequest("sort=random", "sort");
  }

  private void assertBadRequest(String query, String field) {
    var response = new Client(base).get("/api/v1/products?" + query);
    assertEquals(400, response.statusCode(), query);
    assertEquals(field, Client.json(response).getString("field"), response.body());
    assertFalse(Client.json(response).getString("message").isBlank());
  }

  @Test
  void anEnterpriseThatLosesItsVerificationLeavesTheResults() {
    Member member = Member.of(base, "rejected", true);
    member
        .client()
        .postJson(
            "/api/v1/me/listings",
            listing("Κεραμικό βάζο Σίφνου", "Sifnos ceramic jar", "crafts", "handmade", "22.00"),
            member.token());
    assertEquals(1, search(q("βάζο Σίφνου")).getInt("total"));
    var rejected =
        new Client(base)
            .postJson(
                "/api/v1/admin/enterprises/" + member.enterpriseId() + "/reject",
                "{\"reason\":\"Registry number does not match\"}",
                People.adminToken(base));
    assertEquals(204, rejected.statusCode(), rejected.body());
    assertEquals(0, search(q("βάζο Σίφνου")).getInt("total"));
  }

  @Test
  void aChangeTheIndexMissedIsCaughtUpAndOnlyAnAdminRebuilds() throws Exception {
    Member member = Member.of(base, "missed", true);
    long id =
        Client.json(
                member
                    .client()
                    .postJson(
                        "/api/v1/me/listings",
                        listing(
                            "Λικέρ κουμ κουάτ", "Kumquat liqueur", "food/wine", "local", "14.00"),
                        member.token()))
            .getJsonNumber("id")
            .longValue();
    // as if the server had stopped between the database commit and the index update
    Database.update(
        "UPDATE listing SET title_el = 'Λικέρ νεραντζιού', version = version + 1 WHERE id = ?", id);
    assertEquals(0, search(q("νεραντζιού")).getInt("total"));

    assertEquals(
        403,
        member
            .client()
            .postJson("/api/v1/admin/search/reconcile", "{}", member.token())
            .statusCode());
    var caughtUp =
        new Client(base).postJson("/api/v1/admin/search/reconcile", "{}", People.adminToken(base));
    assertEquals(200, caughtUp.statusCode(), caughtUp.body());
    assertEquals(1, search(q("νεραντζιού")).getInt("total"));

    var rebuilt =
        new Client(base).postJson("/api/v1/admin/search/rebuild", "{}", People.adminToken(base));
    assertEquals(200, rebuilt.statusCode());
    assertEquals(search("size=1").getInt("total"), Client.json(rebuilt).getInt("indexed"));
  }

  @Test
  void theSearchPageMarksMatchesOffersFacetsAndSuggestsASpelling() {
    Member member = Member.of(base, "page", true);
    member
        .client()
        .postJson(
            "/api/v1/me/listings",
            listing(
                "Σαπούνι με γάλα γαϊδούρας",
                "Donkey milk soap",
                "cosmetics/soap",
                "handmade",
                "5.50"),
            member.token());
    var page = new Client(base).get("/search?" + q("γαϊδουρας"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<mark>γαϊδούρας</mark>"), "the matched word is marked");
    assertTrue(
        page.body().contains("name=\"category\" value=\"cosmetics/soap\""), "a facet checkbox");
    assertTrue(page.body().contains("Σαπούνια"), "facets are named in Greek");

    var misspelt = new Client(base).get("/search?" + q("σαπνυι"));
    assertTrue(misspelt.body().contains("Μήπως εννοείτε"), misspelt.body());

    var bad = new Client(base).get("/search?q=x&page=-3");
    assertEquals(200, bad.statusCode(), "a bad page number is explained, not a server error");
    assertTrue(bad.body().contains("Δώστε έναν ακέραιο αριθμό"));
  }
}
