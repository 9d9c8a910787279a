package org.koinagora.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.TestFairs;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Organiser;

/** Organisations' open data and public profiles: list, filters, one profile, errors. */
class OrganisationsIT extends DeployedWarIT {

  /** An organisation made for the test (organisations are set up by the operators). */
  private static long organisation(String kind, String region, String nameEl, String nameEn)
      throws Exception {
    Database.update(
        "INSERT INTO organisation (kind, name_el, name_en, region, description_el, description_en,"
            + " contact_email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(6))",
        kind,
        nameEl,
        nameEn,
        region,
        "Συμβουλεύουμε νέες ομάδες.",
        "We advise new groups.",
        "info@centre.example");
    long id =
        ((Number) Database.value("SELECT id FROM organisation WHERE name_el = ?", nameEl))
            .longValue();
    for (String offer : List.of("TRAINING", "ADVICE")) {
      Database.update(
          "INSERT INTO organisation_offer (organisation_id, offer) VALUES (?, ?)", id, offer);
    }
    return id;
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<JsonObject> items(JsonObject list) {
    return list.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static JsonObject itemWithId(JsonObject list, long id) {
    return items(list).stream()
        .filter(item -> item.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not in " + list));
  }

  @Test
  void theListGivesEveryOrganisationWithItsKindRegionAndNameInTheReadersLanguage()
      throws Exception {
    String greek = unique("Κέντρο Στήριξης Λίστας");
    long id = organisation("SUPPORT_CENTRE", "EPIRUS", greek, "List Support Centre");
    Organiser municipality = Organiser.of(base, "orglist");

    var response = new Client(base).get("/api/v1/organisations");
    assertEquals(200, response.statusCode(), response.body());
    var list = Client.json(response);
    assertEquals(list.getInt("total"), list.getJsonArray("items").size());
    var item = itemWithId(list, id);
    assertEquals("SUPPORT_CENTRE", item.getString("kind"));
    assertEquals(greek, item.getString("name"), "Greek by default");
    assertEquals("EPIRUS", item.getString("region"));
    assertEquals(0, item.getInt("members"));
    assertEquals("/organisations/" + id, item.getString("url"));
    var migrated = itemWithId(list, municipality.municipalityId());
    assertEquals(
        "MUNICIPALITY", migrated.getString("kind"), "a row without a kind is a municipality");

    var english = Client.json(new Client(base).english().get("/api/v1/organisations"));
    assertEquals("List Support Centre", itemWithId(english, id).getString("name"));
  }

  @Test
  void filteringByKindAndRegionGivesOnlyMatchingOrganisations() throws Exception {
    long centre = organisation("SUPPORT_CENTRE", "THESSALY", unique("Κέντρο Θεσσαλίας"), null);
    long region =
        organisation("REGIONAL_AUTHORITY", "THESSALY", unique("Περιφέρεια Θεσσαλίας"), null);
    long elsewhere = organisation("SUPPORT_CENTRE", "CRETE", unique("Κέντρο Κρήτης"), null);

    var centres =
        Client.json(
            new Client(base).get("/api/v1/organisations?kind=support_centre&region=THESSALY"));
    assertEquals(centres.getInt("total"), centres.getJsonArray("items").size());
    itemWithId(centres, centre);
    assertTrue(
        items(centres).stream()
            .allMatch(
                item ->
                    "SUPPORT_CENTRE".equals(item.getString("kind"))
                        && "THESSALY".equals(item.getString("region"))),
        centres.toString());
    var ids = items(centres).stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    assertFalse(ids.contains(region), "another kind is left out");
    assertFalse(ids.contains(elsewhere), "another region is left out");

    var inThessaly = Client.json(new Client(base).get("/api/v1/organisations?region=thessaly"));
    itemWithId(inThessaly, centre);
    itemWithId(inThessaly, region);
  }

  @Test
  void anUnknownKindOrRegionIsRefusedNamingTheField() {
    for (String[] bad : new String[][] {{"kind", "CHURCH"}, {"region", "ATLANTIS"}}) {
      var response = new Client(base).get("/api/v1/organisations?" + bad[0] + "=" + bad[1]);
      assertEquals(400, response.statusCode(), response.body());
      var error = Client.json(response);
      assertEquals("invalid_input", error.getString("error"));
      assertEquals(bad[0], error.getString("field"));
      assertTrue(error.getString("message").contains(bad[1]), error.getString("message"));
    }
  }

  @Test
  void oneOrganisationAddsItsDescriptionOffersAndMembers() throws Exception {
    String greek = unique("Κέντρο Προφίλ");
    long id = organisation("SUPPORT_CENTRE", "EPIRUS", greek, "Profile Centre");

    var greekView = Client.json(new Client(base).get("/api/v1/organisations/" + id));
    assertEquals(id, greekView.getJsonNumber("id").longValue());
    assertEquals(greek, greekView.getString("name"));
    assertEquals("SUPPORT_CENTRE", greekView.getString("kind"));
    assertEquals("EPIRUS", greekView.getString("region"));
    assertEquals("Συμβουλεύουμε νέες ομάδες.", greekView.getString("description"));
    assertEquals(
        List.of("ADVICE", "TRAINING"),
        greekView.getJsonArray("offers").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(0, greekView.getJsonArray("members").size());
    assertEquals("/organisations/" + id, greekView.getString("url"));

    var englishView = Client.json(new Client(base).english().get("/api/v1/organisations/" + id));
    assertEquals("Profile Centre", englishView.getString("name"));
    assertEquals("We advise new groups.", englishView.getString("description"));
  }

  @Test
  void anUnknownOrganisationIs404InTheErrorShape() {
    var response = new Client(base).get("/api/v1/organisations/987654321");
    assertEquals(404, response.statusCode());
    assertEquals("not_found", Client.json(response).getString("error"));
    assertEquals(404, new Client(base).get("/organisations/987654321").statusCode());
  }

  @Test
  void theProfilePageShowsTheOrganisationInGreekAndEnglishWithItsUpcomingFairs() throws Exception {
    Organiser organiser = Organiser.of(base, "orgpage");
    long fair = TestFairs.published(organiser, "INSTANT", 1, 2, "0.00");
    long centre = organisation("SUPPORT_CENTRE", "EPIRUS", unique("Κέντρο Σελίδας"), "Page Centre");

    var greek = new Client(base).get("/organisations/" + organiser.municipalityId());
    assertEquals(200, greek.statusCode());
    assertTrue(greek.body().contains("Δήμος orgpage"), "the name is the heading");
    assertTrue(greek.body().contains("Προσεχείς εκθέσεις"), greek.body());
    assertTrue(greek.body().contains("/fairs/" + fair + "\""), "its upcoming fair is linked");
    assertTrue(greek.body().contains("Αγορά Κοινωνικής Οικονομίας"));

    var english = new Client(base).get("/organisations/" + centre + "?lang=en");
    assertEquals(200, english.statusCode());
    assertTrue(english.body().contains("Page Centre"), english.body());
    assertTrue(english.body().contains("SSE support centre"));
    assertTrue(english.body().contains("We advise new groups."));
    assertTrue(english.body().contains("Training"));
    assertTrue(english.body().contains("No upcoming fairs right now."));

    var fairPage = new Client(base).get("/fairs/" + fair);
    assertTrue(
        fairPage.body().contains("/organisations/" + organiser.municipalityId() + "\""),
        "the fair page links its organiser's profile");

    var list = new Client(base).get("/organisations?kind=SUPPORT_CENTRE&lang=en");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("Page Centre"));
    assertFalse(list.body().contains("Δήμος orgpage"), "the kind filter applies on the page");
  }
}
