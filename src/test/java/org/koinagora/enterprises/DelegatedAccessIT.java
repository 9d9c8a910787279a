package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;

/**
 * A support centre's staff act for an enterprise that granted the centre delegated access — its
 * listings, its orders — until the day it chose or until it revokes it; everyone else gets 403; the
 * enterprise's log names who did what.
 */
class DelegatedAccessIT extends DeployedWarIT {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private static Organiser supportCentre(java.net.URI base, String who) throws Exception {
    Organiser staff = Organiser.of(base, who);
    Database.update(
        "UPDATE organisation SET kind = 'SUPPORT_CENTRE' WHERE id = ?", staff.municipalityId());
    return staff;
  }

  private static String delegations(Member member) {
    return "/api/v1/me/enterprises/" + member.enterpriseId() + "/delegations";
  }

  private static HttpResponse<String> grant(Member by, Member of, long centre, String until) {
    return by.client()
        .postJson(
            delegations(of),
            "{\"organisationId\":" + centre + ",\"until\":\"" + until + "\"}",
            by.token());
  }

  private static String inDays(int days) {
    return LocalDate.now(ATHENS).plusDays(days).toString();
  }

  private static HttpResponse<String> rename(Organiser staff, long listing, String title) {
    return staff
        .client()
        .putJson(
            "/api/v1/me/listings/" + listing,
            """
            {"kind":"PRODUCT","title":{"el":"%s","en":"%s"},"description":{"el":"Από μικρούς παραγωγούς.","en":"From small producers."},
             "price":"9.50","vatRate":13,"unit":"PIECE","stock":10,"category":"food/honey","tags":["local"],"status":"ACTIVE"}
            """
                .formatted(title, title),
            staff.token());
  }

  private static HttpResponse<String> move(Organiser staff, long part, String step) {
    return staff.client().postJson("/api/v1/me/sales/" + part + "/" + step, "{}", staff.token());
  }

  private static long order(java.net.URI base, long listing) {
    Buyer buyer = Buyer.of(base, "deleg-buyer");
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
    return Client.json(placed).getJsonNumber("id").longValue();
  }

  private static List<JsonObject> log(Member member) {
    var answer = member.client().getJson(delegations(member) + "/log", member.token());
    assertEquals(200, answer.statusCode(), answer.body());
    return Client.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void delegatedStaffActUntilTheEndDateAndUntilRevocationAndTheLogNamesThem() throws Exception {
    Member cooperative = Member.of(base, "deleg-coop", true);
    Member stranger = Member.of(base, "deleg-stranger", true);
    long honey = Listings.product(cooperative, "Μέλι ΚΑΛΟ", "9.00", 10);
    Organiser centre = supportCentre(base, "deleg-kentro");
    Organiser otherCentre = supportCentre(base, "deleg-allo-kentro");
    Organiser municipality = Organiser.of(base, "deleg-dimos");

    assertEquals(403, rename(centre, honey, "Πριν").statusCode(), "no access before a grant");

    // only support centres, a day from today to a year ahead, only by the enterprise's members
    var notACentre = grant(cooperative, cooperative, municipality.municipalityId(), inDays(30));
    assertEquals(400, notACentre.statusCode(), notACentre.body());
    assertEquals("organisationId", Client.json(notACentre).getString("field"));
    for (String wrong : List.of("", "31/12/2027", inDays(-1), inDays(400))) {
      var refused = grant(cooperative, cooperative, centre.municipalityId(), wrong);
      assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
      assertEquals("until", Client.json(refused).getString("field"));
    }
    var byStaff =
        centre
            .client()
            .postJson(
                delegations(cooperative),
                "{\"organisationId\":"
                    + centre.municipalityId()
                    + ",\"until\":\""
                    + inDays(5)
                    + "\"}",
                centre.token());
    assertEquals(403, byStaff.statusCode(), "a centre never grants itself access");

    var granted = grant(cooperative, cooperative, centre.municipalityId(), inDays(30));
    assertEquals(201, granted.statusCode(), granted.body());
    long delegation = Client.json(granted).getJsonNumber("id").longValue();
    assertEquals("ACTIVE", Client.json(granted).getString("status"));
    var again = grant(cooperative, cooperative, centre.municipalityId(), inDays(60));
    assertEquals(200, again.statusCode(), "granting again extends the open grant");
    assertEquals(delegation, Client.json(again).getJsonNumber("id").longValue());
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM enterprise_delegation WHERE enterprise_id = ? AND"
                        + " closed_at IS NULL",
                    cooperative.enterpriseId()))
            .longValue());
    assertEquals(
        1, Mailbox.withSubject(centre.email(), "Εξουσιοδοτημένη πρόσβαση").size(), "staff told");

    // the centre's staff see the enterprise and act for it
    var held = centre.client().getJson("/api/v1/me/delegations", centre.token());
    assertEquals(200, held.statusCode(), held.body());
    var heldList = Client.parse(held.body()).asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(1, heldList.size(), held.body());
    assertEquals(
        cooperative.enterpriseId(),
        heldList.get(0).getJsonObject("enterprise").getJsonNumber("id").longValue());
    var renamed = rename(centre, honey, "Μέλι από το Κέντρο");
    assertEquals(200, renamed.statusCode(), renamed.body());
    var theirs =
        centre
            .client()
            .getJson(
                "/api/v1/me/listings?enterprise=" + cooperative.enterpriseId(), centre.token());
    assertEquals(200, theirs.statusCode());
    assertTrue(theirs.body().contains("Μέλι από το Κέντρο"));
    var created =
        centre
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"enterprise":%d,"kind":"PRODUCT","title":{"el":"Κερί","en":"Beeswax"},"description":{"el":"Κερί μέλισσας.","en":"Beeswax."},
                 "price":"4.00","vatRate":24,"unit":"PIECE","stock":5,"category":"food/honey","tags":[],"status":"ACTIVE"}
                """
                    .formatted(cooperative.enterpriseId()),
                centre.token());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        200,
        centre
            .client()
            .browse("/dashboard/listings?enterprise=" + cooperative.enterpriseId())
            .statusCode());

    long orderId = order(base, honey);
    var sales =
        centre
            .client()
            .getJson("/api/v1/me/sales?enterprise=" + cooperative.enterpriseId(), centre.token());
    assertEquals(200, sales.statusCode(), sales.body());
    long part =
        Client.parse(sales.body()).asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    var paid = move(centre, part, "paid");
    assertEquals(200, paid.statusCode(), paid.body());
    var salesPage =
        centre.client().browse("/dashboard/sales?enterprise=" + cooperative.enterpriseId());
    assertEquals(200, salesPage.statusCode());
    assertTrue(salesPage.body().contains(">" + orderId + "<"), "the order is on the page");
    assertEquals(
        404, centre.client().get("/dashboard/sales").statusCode(), "the page names an enterprise");
    var exported =
        centre
            .client()
            .get(
                "/api/v1/me/sales/export.csv?enterprise=" + cooperative.enterpriseId(),
                "Authorization",
                "Bearer " + centre.token());
    assertEquals(200, exported.statusCode());
    assertTrue(exported.body().contains(String.valueOf(orderId)), exported.body());

    // another centre's staff, and a municipality's, get 403 and change nothing
    assertEquals(403, rename(otherCentre, honey, "Όχι").statusCode());
    assertEquals(403, rename(municipality, honey, "Όχι").statusCode());
    assertEquals(403, move(otherCentre, part, "ready").statusCode());
    assertEquals(
        403,
        otherCentre
            .client()
            .getJson(
                "/api/v1/me/sales?enterprise=" + cooperative.enterpriseId(), otherCentre.token())
            .statusCode());
    assertEquals(
        403,
        otherCentre
            .client()
            .get("/dashboard/listings?enterprise=" + cooperative.enterpriseId())
            .statusCode());

    // the log names the actor and the action; only the enterprise's members read it
    var entries = log(cooperative);
    String staffName = "deleg-kentro";
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("listing.updated")
                        && e.getJsonObject("actor").getString("name").equals(staffName)
                        && e.getString("subject").equals("#" + honey + " Μέλι από το Κέντρο")
                        && e.getJsonObject("organisation").getJsonNumber("id").longValue()
                            == centre.municipalityId()),
        entries.toString());
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("order_part.paid")
                        && e.getJsonObject("actor").getString("name").equals(staffName)
                        && e.getString("subject").equals("#" + orderId)),
        entries.toString());
    assertTrue(
        entries.stream().anyMatch(e -> e.getString("action").equals("listing.created")),
        entries.toString());
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("order_parts.exported")
                        && e.getJsonObject("actor").getString("name").equals(staffName)),
        "reading the buyers' contacts out is in the log too: " + entries);
    assertTrue(
        entries.stream().anyMatch(e -> e.getString("action").equals("delegation.granted")),
        "the grant itself is in the log");
    assertEquals(
        403,
        stranger.client().getJson(delegations(cooperative) + "/log", stranger.token()).statusCode(),
        "another enterprise's member does not read the log");
    assertEquals(
        403,
        centre.client().getJson(delegations(cooperative) + "/log", centre.token()).statusCode(),
        "nor the centre's staff");
    assertEquals(
        403, stranger.client().getJson(delegations(cooperative), stranger.token()).statusCode());

    // after its last day: 403
    Database.update(
        "UPDATE enterprise_delegation SET valid_until = '2001-01-01 00:00:00' WHERE id = ?",
        delegation);
    assertEquals(403, rename(centre, honey, "Έληξε").statusCode(), "ended at its end date");
    assertEquals(403, move(centre, part, "ready").statusCode());
    assertEquals(
        0,
        Client.parse(centre.client().getJson("/api/v1/me/delegations", centre.token()).body())
            .asJsonArray()
            .size());
    var list =
        Client.parse(
                cooperative.client().getJson(delegations(cooperative), cooperative.token()).body())
            .asJsonArray();
    assertEquals("EXPIRED", list.getJsonObject(0).getString("status"));

    // granted anew (a new grant; the ended one stays in the history), then revoked: 403
    var anew = grant(cooperative, cooperative, centre.municipalityId(), inDays(10));
    assertEquals(201, anew.statusCode(), anew.body());
    long second = Client.json(anew).getJsonNumber("id").longValue();
    assertTrue(second != delegation);
    assertEquals(200, move(centre, part, "ready").statusCode());
    assertEquals(
        403,
        stranger
            .client()
            .delete(delegations(cooperative) + "/" + second, stranger.token())
            .statusCode(),
        "only the enterprise's members revoke");
    var revoked =
        cooperative.client().delete(delegations(cooperative) + "/" + second, cooperative.token());
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertEquals("REVOKED", Client.json(revoked).getString("status"));
    assertEquals(
        409,
        cooperative
            .client()
            .delete(delegations(cooperative) + "/" + second, cooperative.token())
            .statusCode());
    assertEquals(403, rename(centre, honey, "Ανακλήθηκε").statusCode(), "ended on revocation");
    assertEquals(403, move(centre, part, "picked-up").statusCode());
    assertEquals(
        403,
        centre
            .client()
            .get("/dashboard/sales?enterprise=" + cooperative.enterpriseId())
            .statusCode());
    assertTrue(
        log(cooperative).stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("delegation.revoked")
                        && e.getJsonObject("actor").getString("name").equals("deleg-coop")));
    assertEquals(
        2L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM delegated_action WHERE enterprise_id = ? AND action LIKE"
                        + " 'order_part.%'",
                    cooperative.enterpriseId()))
            .longValue(),
        "paid and ready, nothing refused");
  }
}
