package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Organiser;

/**
 * Co-organised fairs: every organiser's staff manage the fair, only the lead's cancel it, change
 * its booking mode or remove a co-organiser; all are named on the API, the page, the calendar and
 * the exports; a REGIONAL fair is listed under its region's municipalities.
 */
class CoOrganisersIT extends DeployedWarIT {

  private static String path(long fairId, String rest) {
    return "/api/v1/organiser/fairs/" + fairId + rest;
  }

  private static int addCoOrganiser(Organiser who, long fairId, Object organisationId) {
    return who.client()
        .postJson(
            path(fairId, "/co-organisers"),
            "{\"organisationId\":" + organisationId + "}",
            who.token())
        .statusCode();
  }

  private static String organisationName(Organiser organiser) throws Exception {
    return (String)
        Database.value("SELECT name_el FROM organisation WHERE id = ?", organiser.municipalityId());
  }

  @Test
  void aCoOrganisersStaffManageTheFairButOnlyTheLeadsCancelChangeTheModeOrRemove()
      throws Exception {
    Organiser lead = Organiser.of(base, "colead");
    Organiser partner = Organiser.of(base, "copartner");
    Organiser outsider = Organiser.of(base, "cooutsider");
    long fairId = TestFairs.published(lead, "INSTANT", 2, 3, "0");
    String update = TestFairs.json("INSTANT", 3);

    assertEquals(403, addCoOrganiser(outsider, fairId, partner.municipalityId()));
    var added =
        lead.client()
            .postJson(
                path(fairId, "/co-organisers"),
                "{\"organisationId\":" + partner.municipalityId() + "}",
                lead.token());
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(
        List.of(partner.municipalityId()),
        Client.json(added).getJsonArray("coOrganisers").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getJsonNumber("id").longValue())
            .toList());
    assertEquals(409, addCoOrganiser(lead, fairId, partner.municipalityId()), "already in");
    assertEquals(409, addCoOrganiser(partner, fairId, lead.municipalityId()), "the lead");
    var unknown =
        lead.client()
            .postJson(path(fairId, "/co-organisers"), "{\"organisationId\":0}", lead.token());
    assertEquals(400, unknown.statusCode());
    assertEquals("organisationId", Client.json(unknown).getString("field"));

    // the co-organiser's staff manage the fair
    var changed = partner.client().putJson(path(fairId, ""), update, partner.token());
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(3, Client.json(changed).getInt("maxStandsPerEnterprise"));
    assertEquals(
        200, partner.client().getJson(path(fairId, "/bookings"), partner.token()).statusCode());
    var csv =
        partner
            .client()
            .get(path(fairId, "/exhibitors.csv"), "Authorization", "Bearer " + partner.token());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\uFEFFπερίπτερο;"), csv.body());
    assertTrue(csv.body().contains(";διοργάνωση\r\n"), "the organisers' column: " + csv.body());
    assertEquals(
        403, outsider.client().putJson(path(fairId, ""), update, outsider.token()).statusCode());
    assertEquals(
        403, outsider.client().getJson(path(fairId, "/bookings"), outsider.token()).statusCode());

    // what only the lead's staff do
    var cancel =
        partner
            .client()
            .postJson(path(fairId, "/cancel"), "{\"reason\":\"Βροχή\"}", partner.token());
    assertEquals(403, cancel.statusCode(), cancel.body());
    assertEquals("forbidden", Client.json(cancel).getString("error"));
    assertEquals(
        403,
        partner
            .client()
            .putJson(path(fairId, ""), TestFairs.json("APPLICATION", 3), partner.token())
            .statusCode(),
        "the booking mode is the lead's to change");
    assertEquals(
        403,
        partner
            .client()
            .delete(path(fairId, "/co-organisers/" + partner.municipalityId()), partner.token())
            .statusCode());
    assertEquals(
        "PUBLISHED",
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId)).getString("status"));

    // everyone is named
    var fair = Client.json(new Client(base).get("/api/v1/fairs/" + fairId));
    assertEquals(
        lead.municipalityId(), fair.getJsonObject("organiser").getJsonNumber("id").longValue());
    assertEquals(
        organisationName(partner),
        fair.getJsonArray("coOrganisers").getJsonObject(0).getString("name"));
    assertEquals("LOCAL", fair.getString("scope"));
    var listed =
        Client.json(new Client(base).get("/api/v1/fairs"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(item -> item.getJsonNumber("id").longValue() == fairId)
            .findFirst()
            .orElseThrow();
    assertEquals(1, listed.getJsonArray("coOrganisers").size());
    String page = new Client(base).get("/fairs/" + fairId).body();
    assertTrue(
        page.contains("/organisations/" + partner.municipalityId()), "linked on the fair page");
    String ics =
        new Client(base).get("/api/v1/fairs/" + fairId + ".ics").body().replace("\r\n ", "");
    assertTrue(ics.contains("ORGANIZER;CN=\"" + organisationName(lead) + "\""), ics);
    assertTrue(
        ics.contains("Διοργάνωση: " + organisationName(lead) + "\\, " + organisationName(partner)),
        ics);
    String partnerPage = new Client(base).get("/organisations/" + partner.municipalityId()).body();
    assertTrue(partnerPage.contains("/fairs/" + fairId), "listed on the co-organiser's page");

    // the lead removes the co-organiser, whose staff lose the fair; then cancels it
    var removed =
        lead.client()
            .delete(path(fairId, "/co-organisers/" + partner.municipalityId()), lead.token());
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(0, Client.json(removed).getJsonArray("coOrganisers").size());
    assertEquals(
        403, partner.client().putJson(path(fairId, ""), update, partner.token()).statusCode());
    assertEquals(
        200,
        lead.client()
            .postJson(path(fairId, "/cancel"), "{\"reason\":\"Βροχή\"}", lead.token())
            .statusCode());
  }

  @Test
  void aRegionalFairIsListedUnderEveryMunicipalityOfItsRegionALocalOneOnlyUnderItsOrganisers()
      throws Exception {
    Organiser lead = Organiser.of(base, "regionlead");
    Organiser neighbour = Organiser.of(base, "regionneighbour");
    String regional =
        TestFairs.json("INSTANT", 1)
            .replace("\"planDepth\":20}", "\"planDepth\":20,\"scope\":\"REGIONAL\"}");
    long regionalId = TestFairs.published(lead, regional, 2, "0");
    long localId = TestFairs.published(lead, "INSTANT", 1, 2, "0");
    Database.update(
        "INSERT INTO organisation (kind, name_el, region, created_at) VALUES ('SUPPORT_CENTRE', ?,"
            + " 'ATTICA', NOW(6))",
        "Κέντρο Στήριξης regionlead");
    long centre =
        ((Number)
                Database.value(
                    "SELECT id FROM organisation WHERE name_el = ?", "Κέντρο Στήριξης regionlead"))
            .longValue();

    assertEquals(
        "REGIONAL",
        Client.json(new Client(base).get("/api/v1/fairs/" + regionalId)).getString("scope"));
    String neighbourPage =
        new Client(base).get("/organisations/" + neighbour.municipalityId()).body();
    assertTrue(
        neighbourPage.contains("/fairs/" + regionalId + "\""),
        "a municipality of the region lists it");
    assertFalse(neighbourPage.contains("/fairs/" + localId + "\""), "not another's LOCAL fair");
    String leadPage = new Client(base).get("/organisations/" + lead.municipalityId()).body();
    assertTrue(
        leadPage.contains("/fairs/" + regionalId + "\"")
            && leadPage.contains("/fairs/" + localId + "\""));
    String centrePage = new Client(base).get("/organisations/" + centre).body();
    assertFalse(
        centrePage.contains("/fairs/" + regionalId + "\""), "a support centre lists only its own");
    String fairPage = new Client(base).get("/fairs/" + regionalId).body();
    assertTrue(fairPage.contains("Περιφερειακή"), "the page says the scope");
  }
}
