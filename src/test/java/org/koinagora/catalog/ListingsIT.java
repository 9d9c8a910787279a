package org.koinagora.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Images;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Race;

/** Listings through the API: creating, validating, owning, showing, archiving, pictures. */
class ListingsIT extends DeployedWarIT {

  static String honey(String price) {
    return """
    {"kind":"PRODUCT","title":{"el":"Θυμαρίσιο μέλι","en":"Thyme honey"},
     "description":{"el":"Μέλι από θυμάρι της Κρήτης.","en":"Thyme honey from Crete."},
     "price":%s,"vatRate":13,"unit":"PIECE","stock":3,"category":"food/honey",
     "tags":["organic","local"],"organicBody":"GR-BIO-03","organicCertificate":"ΒΙΟ-1234","status":"ACTIVE"}
    """
        .formatted(price);
  }

  @Test
  void aVerifiedEnterprisesActiveListingIsPublicWithExactPriceAndStock() {
    Member member = Member.of(base, "honey", true);
    var created =
        member.client().postJson("/api/v1/me/listings", honey("\"12.50\""), member.token());
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();

    var product = Client.json(new Client(base).get("/api/v1/products/" + id));
    assertEquals("Θυμαρίσιο μέλι", product.getString("title"));
    assertEquals("12.50", product.getJsonObject("price").getString("amount"));
    assertEquals("EUR", product.getJsonObject("price").getString("currency"));
    assertEquals(3, product.getInt("available"));
    assertEquals("food/honey", product.getString("category"));
    assertEquals("[\"local\",\"organic\"]", product.getJsonArray("tags").toString());
    assertEquals(
        "Thyme honey",
        Client.json(new Client(base).english().get("/api/v1/products/" + id)).getString("title"));

    var page = new Client(base).get("/products/" + id);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().matches("(?s).*12,50[\\s\u00a0]€.*"), "Greek money format");
    assertTrue(page.body().contains("Απομένουν μόνο 3"), "few left");
    assertTrue(
        page.body().matches("(?s).*Περιλαμβάνεται ΦΠΑ: 13% \\(1,44[\\s\u00a0]€\\).*"), page.body());
    assertTrue(page.body().contains("\"@type\":\"Product\""), "schema.org JSON-LD");
    assertTrue(page.body().contains("\"priceCurrency\":\"EUR\""));
    assertTrue(
        new Client(base)
            .get("/enterprises/" + member.enterpriseId())
            .body()
            .contains("Θυμαρίσιο μέλι"));
    assertTrue(
        new Client(base).get("/categories/food").body().contains("Θυμαρίσιο μέλι"),
        "a parent category lists its children's listings");
    assertTrue(new Client(base).get("/").body().contains("Θυμαρίσιο μέλι"), "new on the home page");
    assertTrue(new Client(base).get("/sitemap.xml").body().contains("/products/" + id + "</loc>"));
    assertTrue(
        new Client(base)
            .get("/robots.txt")
            .body()
            .contains("Sitemap: http://koinagora.test/sitemap.xml"));
  }

  @Test
  void aStoredProductPageGivesWayToAnEditAtOnce() {
    Member member = Member.of(base, "edit", true);
    long id =
        Client.json(
                member.client().postJson("/api/v1/me/listings", honey("\"7.00\""), member.token()))
            .getJsonNumber("id")
            .longValue();
    new Client(base).get("/products/" + id);
    var stored = new Client(base).get("/products/" + id);
    assertTrue(
        stored.headers().firstValue("Age").isPresent(),
        "a product page is kept for the next visitor");

    var edited =
        member
            .client()
            .putJson(
                "/api/v1/me/listings/" + id,
                honey("\"8.00\"").replace("Θυμαρίσιο μέλι", "Ανθόμελο"),
                member.token());
    assertEquals(200, edited.statusCode(), edited.body());
    var page = new Client(base).get("/products/" + id);
    assertTrue(page.body().contains("Ανθόμελο"), "the next visitor sees the edit, without waiting");
    assertTrue(page.body().matches("(?s).*8,00[\\s\u00a0]€.*"));
    assertTrue(
        new Client(base).get("/enterprises/" + member.enterpriseId()).body().contains("Ανθόμελο"),
        "and on the enterprise page");

    member.client().delete("/api/v1/me/listings/" + id, member.token());
    assertEquals(
        404,
        new Client(base).get("/products/" + id).statusCode(),
        "an archived listing's page is gone at once");
  }

  @Test
  void aProductsShippingWeightIsSavedReturnedAndShownAndCanBeTakenAway() throws Exception {
    Member member = Member.of(base, "weight", true);
    var created =
        member
            .client()
            .postJson("/api/v1/me/listings", weighing(honey("\"12.50\""), "600"), member.token());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(600, Client.json(created).getInt("weightGrams"));
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals(600, Database.value("SELECT weight_grams FROM listing WHERE id = ?", id));
    assertEquals(
        600, Client.json(new Client(base).get("/api/v1/products/" + id)).getInt("weightGrams"));
    assertTrue(new Client(base).get("/products/" + id).body().contains("Βάρος: 600 g"));
    assertTrue(new Client(base).english().get("/products/" + id).body().contains("Weight: 600 g"));

    var heavier =
        member
            .client()
            .putJson(
                "/api/v1/me/listings/" + id, weighing(honey("\"12.50\""), "1500"), member.token());
    assertEquals(200, heavier.statusCode(), heavier.body());
    assertTrue(
        new Client(base).get("/products/" + id).body().contains("Βάρος: 1,5 kg"),
        "from a kilogram on, in kilograms with the Greek decimal sign");

    var withoutWeight =
        member.client().putJson("/api/v1/me/listings/" + id, honey("\"12.50\""), member.token());
    assertEquals(200, withoutWeight.statusCode(), withoutWeight.body());
    var product = Client.json(new Client(base).get("/api/v1/products/" + id));
    assertTrue(
        product.containsKey("weightGrams") && product.isNull("weightGrams"), product.toString());
    assertNull(Database.value("SELECT weight_grams FROM listing WHERE id = ?", id));
    assertFalse(new Client(base).get("/products/" + id).body().contains("Βάρος:"));
  }

  @Test
  void aServiceHasNoShippingWeight() {
    Member member = Member.of(base, "weightless", true);
    String service =
        weighing(honey("\"40.00\""), "500")
            .replace("\"PRODUCT\"", "\"SERVICE\"")
            .replace("food/honey", "services/tourism");
    var created = member.client().postJson("/api/v1/me/listings", service, member.token());
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(Client.json(created).isNull("weightGrams"), created.body());
  }

  /** The listing's JSON with a shipping weight (a JSON value, as written). */
  private static String weighing(String listing, String weightGrams) {
    return listing.replace("\"stock\":3", "\"stock\":3,\"weightGrams\":" + weightGrams);
  }

  @Test
  void aPendingEnterprisesListingsAreNotPublic() {
    Member pending = Member.of(base, "pending", false);
    var created =
        pending.client().postJson("/api/v1/me/listings", honey("\"9.00\""), pending.token());
    assertEquals(201, created.statusCode());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals(404, new Client(base).get("/api/v1/products/" + id).statusCode());
    assertEquals(404, new Client(base).get("/products/" + id).statusCode());
  }

  @Test
  void archivingHidesTheListingButKeepsIt() throws Exception {
    Member member = Member.of(base, "archive", true);
    long id =
        Client.json(member.client().postJson("/api/v1/me/listings", honey("\"5\""), member.token()))
            .getJsonNumber("id")
            .longValue();
    var archived = member.client().delete("/api/v1/me/listings/" + id, member.token());
    assertEquals(200, archived.statusCode());
    assertEquals("ARCHIVED", Client.json(archived).getString("status"));
    assertEquals(404, new Client(base).get("/api/v1/products/" + id).statusCode());
    assertEquals("ARCHIVED", Database.value("SELECT status FROM listing WHERE id = ?", id));
  }

  @Test
  void anotherEnterpriseCannotChangeOrArchiveAListing() throws Exception {
    Member owner = Member.of(base, "owner", true);
    Member other = Member.of(base, "intruder", true);
    long id =
        Client.json(
                owner.client().postJson("/api/v1/me/listings", honey("\"7.00\""), owner.token()))
            .getJsonNumber("id")
            .longValue();

    assertEquals(
        403,
        other
            .client()
            .putJson("/api/v1/me/listings/" + id, honey("\"0.01\""), other.token())
            .statusCode());
    assertEquals(
        403, other.client().delete("/api/v1/me/listings/" + id, other.token()).statusCode());
    assertEquals(
        403,
        other
            .client()
            .postBytes(
                "/api/v1/me/listings/" + id + "/images",
                Images.png(50, 50),
                "image/png",
                other.token())
            .statusCode());
    assertEquals(
        0,
        new BigDecimal("7.00")
            .compareTo((BigDecimal) Database.value("SELECT price FROM listing WHERE id = ?", id)));
    assertEquals("ACTIVE", Database.value("SELECT status FROM listing WHERE id = ?", id));
    assertEquals(403, other.client().get("/dashboard/listing-edit?id=" + id).statusCode());
  }

  @Test
  void eachInvalidFieldIsNamedAndNothingIsStored() throws Exception {
    Member member = Member.of(base, "invalid", true);
    long before = count(member.enterpriseId());
    assertInvalid(member, honey("\"0\""), "price");
    assertInvalid(member, honey("\"100000.01\""), "price");
    assertInvalid(member, honey("\"1.234\""), "price");
    assertInvalid(member, honey("\"δώδεκα\""), "price");
    assertInvalid(
        member, honey("\"12.50\"").replace("\"vatRate\":13", "\"vatRate\":10"), "vatRate");
    assertInvalid(member, honey("\"12.50\"").replace("food/honey", "food/caviar"), "category");
    assertInvalid(member, honey("\"12.50\"").replace("\"stock\":3", "\"stock\":-1"), "stock");
    assertInvalid(member, weighing(honey("\"12.50\""), "0"), "weightGrams");
    assertInvalid(member, weighing(honey("\"12.50\""), "-250"), "weightGrams");
    assertInvalid(member, weighing(honey("\"12.50\""), "100001"), "weightGrams");
    assertInvalid(member, weighing(honey("\"12.50\""), "750.5"), "weightGrams");
    assertInvalid(member, honey("\"12.50\"").replace("Θυμαρίσιο μέλι", " "), "titleEl");
    assertInvalid(member, honey("\"12.50\"").replace("\"organic\"", "\"magic\""), "tags");
    assertInvalid(member, honey("\"12.50\"").replace("\"PRODUCT\"", "\"PET\""), "kind");
    assertEquals(before, count(member.enterpriseId()));
    assertEquals(
        201,
        member
            .client()
            .postJson(
                "/api/v1/me/listings", weighing(honey("\"100000\""), "100000"), member.token())
            .statusCode(),
        "the upper bounds themselves are allowed");
  }

  @Test
  void picturesUploadedToOneListingAtOnceAreAllAnsweredWithoutAServerError() throws Exception {
    Member member = Member.of(base, "photos-at-once", true);
    long id =
        Client.json(
                member.client().postJson("/api/v1/me/listings", honey("\"4.20\""), member.token()))
            .getJsonNumber("id")
            .longValue();
    byte[] picture = Images.png(300, 200);
    var statuses =
        Race.statuses(
            4,
            () ->
                member
                    .client()
                    .postBytes(
                        "/api/v1/me/listings/" + id + "/images",
                        picture,
                        "image/png",
                        member.token()));
    assertTrue(
        statuses.stream().allMatch(status -> status == 201 || status == 409),
        "stored or 'try again', never 500: " + statuses);
    long stored =
        ((Number) Database.value("SELECT COUNT(*) FROM listing_image WHERE listing_id = ?", id))
            .longValue();
    assertEquals(
        statuses.stream().filter(status -> status == 201).count(),
        stored,
        "each 201 is a stored picture, each 409 none");
  }

  @Test
  void picturesAreCheckedByContentResizedAndStrippedOfLocation() throws Exception {
    Member member = Member.of(base, "photos", true);
    long id =
        Client.json(
                member.client().postJson("/api/v1/me/listings", honey("\"4.20\""), member.token()))
            .getJsonNumber("id")
            .longValue();
    String images = "/api/v1/me/listings/" + id + "/images";

    var jpeg =
        member.client().postBytes(images, Images.jpegWithGps(), "image/jpeg", member.token());
    assertEquals(201, jpeg.statusCode(), jpeg.body());
    String url = Client.json(jpeg).getString("url");
    var served = new Client(base).getBytes(url);
    assertEquals(200, served.statusCode());
    assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"));
    assertTrue(
        served.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
    String content = new String(served.body(), StandardCharsets.ISO_8859_1);
    assertFalse(
        content.contains("Exif")
            || content.contains("GPSLatitude")
            || content.contains("TestPhone"),
        "metadata is gone");
    assertEquals(
        200, new Client(base).getBytes(Client.json(jpeg).getString("thumbnail")).statusCode());

    assertEquals(
        201,
        member
            .client()
            .postBytes(images, Images.png(2000, 1000), "image/png", member.token())
            .statusCode());
    var product = Client.json(new Client(base).get("/api/v1/products/" + id));
    assertEquals(2, product.getJsonArray("images").size());
    assertEquals(
        201,
        member.client().postBytes(images, Images.WEBP, "image/webp", member.token()).statusCode(),
        "WebP is read too");

    var tooBig = member.client().postBytes(images, Images.tooBig(), "image/jpeg", member.token());
    assertEquals(413, tooBig.statusCode());
    assertEquals("image", Client.json(tooBig).getString("field"));
    var gif = member.client().postBytes(images, Images.gif(), "image/jpeg", member.token());
    assertEquals(400, gif.statusCode());
    assertTrue(Client.json(gif).getString("message").contains("JPEG, PNG και WebP"));
    assertEquals(
        400,
        member
            .client()
            .postBytes(images, Images.executable(), "image/jpeg", member.token())
            .statusCode(),
        "a renamed executable");
    assertEquals(
        3L,
        ((Number) Database.value("SELECT COUNT(*) FROM listing_image WHERE listing_id = ?", id))
            .longValue(),
        "nothing stored for refused files");
  }

  private void assertInvalid(Member member, String body, String field) {
    var response = member.client().postJson("/api/v1/me/listings", body, member.token());
    assertEquals(400, response.statusCode(), field + ": " + response.body());
    var error = Client.json(response);
    assertEquals(field, error.getString("field"), response.body());
    assertFalse(error.getString("message").isBlank());
  }

  private static long count(long enterpriseId) throws Exception {
    return ((Number)
            Database.value("SELECT COUNT(*) FROM listing WHERE enterprise_id = ?", enterpriseId))
        .longValue();
  }
}
