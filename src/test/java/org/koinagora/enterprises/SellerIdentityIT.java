package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;

/** What distance-selling law asks a seller to show, the organic tag's certificate, the operator. */
class SellerIdentityIT extends DeployedWarIT {

  private static String profile(String vat, String legal) {
    return """
    {"name":"Βότανα Πωλητή","legalForm":"KOINSEP","registryNumber":"ΚΣΕ-IT-1","vatNumber":"%s",
     "region":"CRETE","municipality":"Χανιά","descriptionEl":"Βότανα από την Κρήτη.",
     "impactEl":"Απασχολούμε νέους αγρότες.","contactEmail":"info@example.org",
     "contactPhone":"+30 28210 12345","website":""%s}
    """
        .formatted(vat, legal);
  }

  private static final String LEGAL =
      """
      ,"legalName":"Κοινωνική Συνεταιριστική Επιχείρηση Βότανα Χανίων","gemiNumber":"123456789000",
       "streetAddress":"Χάληδων 12","postcode":"731 31","city":"Χανιά",
       "returnsEl":"Επιστροφές σε 14 ημέρες, εκτός από νωπά.","returnsEn":"Returns within 14 days, except fresh food.",
       "termsEl":"Όροι πώλησης Βοτάνων.","termsEn":"Terms of sale of Votana."
      """;

  private Member sellerWithLegalDetails(String who) {
    Member member = Member.of(base, who, true);
    String vat = People.newVatNumber();
    var saved =
        member
            .client()
            .putJson(
                "/api/v1/enterprises/" + member.enterpriseId(),
                profile(vat, LEGAL),
                member.token());
    assertEquals(200, saved.statusCode(), saved.body());
    return member;
  }

  @Test
  void theApiGivesTheSellersLegalObjectInTheReadersLanguage() {
    Member member = sellerWithLegalDetails("legal-api");
    JsonObject legal =
        Client.json(new Client(base).get("/api/v1/enterprises/" + member.enterpriseId()))
            .getJsonObject("legal");
    assertEquals("Κοινωνική Συνεταιριστική Επιχείρηση Βότανα Χανίων", legal.getString("name"));
    assertEquals(9, legal.getString("afm").length());
    assertEquals("123456789000", legal.getString("gemi"));
    assertEquals("Χάληδων 12, 731 31 Χανιά", legal.getString("address"));
    assertEquals("Επιστροφές σε 14 ημέρες, εκτός από νωπά.", legal.getString("returns"));
    assertEquals("Όροι πώλησης Βοτάνων.", legal.getString("terms"));
    JsonObject english =
        Client.json(new Client(base).english().get("/api/v1/enterprises/" + member.enterpriseId()))
            .getJsonObject("legal");
    assertEquals("Returns within 14 days, except fresh food.", english.getString("returns"));
    assertEquals("Terms of sale of Votana.", english.getString("terms"));
  }

  @Test
  void anEnterpriseThatWroteNoReturnsPolicyShowsTheLegalFourteenDays() {
    Member member = Member.of(base, "legal-default", true);
    JsonObject legal =
        Client.json(new Client(base).get("/api/v1/enterprises/" + member.enterpriseId()))
            .getJsonObject("legal");
    assertTrue(legal.getString("returns").contains("14 ημέρες"), legal.toString());
    assertTrue(legal.isNull("terms"), legal.toString());
    assertTrue(legal.isNull("gemi"), legal.toString());
  }

  @Test
  void aWrongGemiPostcodeOrEnglishOnlyTermsAreRefusedNamingTheField() {
    Member member = Member.of(base, "legal-wrong", true);
    String vat = People.newVatNumber();
    String path = "/api/v1/enterprises/" + member.enterpriseId();
    for (var wrong :
        Map.of(
                "gemiNumber", ",\"gemiNumber\":\"12AB\"",
                "postcode", ",\"postcode\":\"1234\"",
                "termsEl", ",\"termsEn\":\"Only English.\"")
            .entrySet()) {
      var refused = member.client().putJson(path, profile(vat, wrong.getValue()), member.token());
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(wrong.getKey(), Client.json(refused).getString("field"), refused.body());
    }
    var english =
        new Client(base)
            .english()
            .putJson(path, profile(vat, ",\"postcode\":\"1234\""), member.token());
    assertTrue(
        Client.json(english).getString("message").contains("postcode has five digits"),
        english.body());

    Map<String, String> form = new HashMap<>();
    form.put("name", "Βότανα Φόρμας");
    form.put("legalForm", "KOINSEP");
    form.put("registryNumber", "Α-1");
    form.put("vatNumber", vat);
    form.put("region", "CRETE");
    form.put("municipality", "Χανιά");
    form.put("descriptionEl", "Περιγραφή");
    form.put("impactEl", "Αποτύπωμα");
    form.put("contactEmail", "a@example.org");
    form.put("gemiNumber", "ΓΕΜΗ-1");
    var page =
        member
            .client()
            .submit("/dashboard/enterprise-edit?id=" + member.enterpriseId(), "form", form, "save");
    assertTrue(page.body().contains("Ο αριθμός ΓΕΜΗ έχει 9 έως 12 ψηφία."), page.body());
    assertNextTo(page.body(), "form:gemiNumber-msg", "Ο αριθμός ΓΕΜΗ έχει 9 έως 12 ψηφία.");
    assertTrue(page.body().contains("ΓΕΜΗ-1"), "what was typed is kept");

    form.put("gemiNumber", "987654321");
    form.put("streetAddress", "Οδός Φόρμας 3");
    form.put("postcode", "73131");
    form.put("city", "Χανιά");
    var saved =
        member
            .client()
            .submit("/dashboard/enterprise-edit?id=" + member.enterpriseId(), "form", form, "save");
    assertTrue(saved.body().contains("Οι αλλαγές αποθηκεύτηκαν"), saved.body());
    assertEquals(
        "Οδός Φόρμας 3, 731 31 Χανιά",
        Client.json(new Client(base).get(path)).getJsonObject("legal").getString("address"));
  }

  @Test
  void theEnterprisePageAndTheOrderPageShowTheSellerAndLinkItsTerms() {
    Member seller = sellerWithLegalDetails("legal-pages");
    String page = new Client(base).get("/enterprises/" + seller.enterpriseId()).body();
    for (String shown :
        new String[] {
          "Στοιχεία πωλητή",
          "Κοινωνική Συνεταιριστική Επιχείρηση Βότανα Χανίων",
          "123456789000",
          "Χάληδων 12, 731 31 Χανιά",
          "Επιστροφές σε 14 ημέρες, εκτός από νωπά.",
          "Όροι πώλησης Βοτάνων."
        }) {
      assertTrue(page.contains(shown), shown + " on the enterprise page");
    }
    assertTrue(
        new Client(base)
            .english()
            .get("/enterprises/" + seller.enterpriseId())
            .body()
            .contains("Seller details"));

    long listing = Listings.product(seller, "Δίκταμο πωλητή", "5.00", null);
    Buyer buyer = Buyer.of(base, "legal-pages-buyer");
    var placed =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":[{\"listingId\":"
                    + listing
                    + ",\"quantity\":1}],\"fulfilment\":{\"method\":\"PICKUP_AT_ENTERPRISE\"},"
                    + "\"payment\":\"MANUAL\"}",
                buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    String reference = Client.json(placed).getString("reference");
    String order = buyer.client().browse("/order?ref=" + reference).body();
    for (String shown :
        new String[] {
          "Στοιχεία πωλητή",
          "Κοινωνική Συνεταιριστική Επιχείρηση Βότανα Χανίων",
          "123456789000",
          "Χάληδων 12, 731 31 Χανιά",
          "/enterprises/" + seller.enterpriseId() + "#terms",
          "/enterprises/" + seller.enterpriseId() + "#returns"
        }) {
      assertTrue(order.contains(shown), shown + " on the order page:\n" + order);
    }
  }

  @Test
  void theOrganicTagNeedsTheControlBodyAndTheCertificate() {
    Member member = Member.of(base, "legal-organic", true);
    String listing =
        """
        {"kind":"PRODUCT","title":{"el":"Βιολογικό λάδι"},"description":{"el":"Από τη Μεσσηνία."},
         "price":"9.00","vatRate":13,"unit":"PIECE","category":"food/olive-oil",
         "tags":["organic"],"status":"ACTIVE"%s}
        """;
    var noBody =
        member.client().postJson("/api/v1/me/listings", listing.formatted(""), member.token());
    assertEquals(400, noBody.statusCode(), noBody.body());
    assertEquals("organicBody", Client.json(noBody).getString("field"));
    var noCertificate =
        member
            .client()
            .postJson(
                "/api/v1/me/listings",
                listing.formatted(",\"organicBody\":\"GR-BIO-03\""),
                member.token());
    assertEquals(400, noCertificate.statusCode(), noCertificate.body());
    assertEquals("organicCertificate", Client.json(noCertificate).getString("field"));
    var created =
        member
            .client()
            .postJson(
                "/api/v1/me/listings",
                listing.formatted(
                    ",\"organicBody\":\"gr-bio-03\",\"organicCertificate\":\"ΒΙΟ-778\""),
                member.token());
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    JsonObject organic =
        Client.json(new Client(base).get("/api/v1/products/" + id)).getJsonObject("organic");
    assertEquals("GR-BIO-03", organic.getString("body"));
    assertEquals("ΒΙΟ-778", organic.getString("certificate"));
    String page = new Client(base).get("/products/" + id).body();
    assertTrue(page.contains("GR-BIO-03") && page.contains("ΒΙΟ-778"), page);

    Map<String, String> form = new HashMap<>();
    form.put("kind", "PRODUCT");
    form.put("titleEl", "Βιολογικές ελιές φόρμας");
    form.put("descriptionEl", "Ελιές.");
    form.put("price", "6,40");
    form.put("vatRate", "13");
    form.put("unit", "PIECE");
    form.put("category", "food/olive-oil");
    form.put("tags", "ORGANIC");
    form.put("status", "ACTIVE");
    var refused = member.client().submit("/dashboard/listing-edit", "form", form, "save");
    assertTrue(refused.body().contains("χρειάζεται τον κωδικό του φορέα ελέγχου"), refused.body());
    assertNextTo(refused.body(), "form:organicBody-msg", "χρειάζεται τον κωδικό του φορέα ελέγχου");
  }

  @Test
  void thePlatformsTermsAndPrivacyPagesNameTheOperator() {
    for (String path : new String[] {"/terms", "/privacy"}) {
      var page = new Client(base).get(path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(page.body().contains("Ποιος λειτουργεί την πλατφόρμα"), path);
      assertTrue(page.body().contains("info@koinagora.local"), path);
    }
    assertTrue(new Client(base).english().get("/terms").body().contains("Terms of use"));
  }

  /** The message is the one shown by the field's own message element. */
  private static void assertNextTo(String html, String messageId, String message) {
    int at = html.indexOf("id=\"" + messageId + "\"");
    assertTrue(at >= 0, messageId + " in " + html);
    int text = html.indexOf(message, at);
    assertTrue(text > at && text - at < 400, message + " next to " + messageId + ": " + html);
  }
}
