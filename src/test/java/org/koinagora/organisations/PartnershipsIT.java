package org.koinagora.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.Race;

/**
 * A partnership's staff invite organisations and enterprises, which join on accepting; only members
 * are public; two answers at once make one.
 */
class PartnershipsIT extends DeployedWarIT {

  private static Organiser partnership(java.net.URI base, String who) throws Exception {
    Organiser staff = Organiser.of(base, who);
    Database.update(
        "UPDATE organisation SET kind = 'PARTNERSHIP' WHERE id = ?", staff.municipalityId());
    return staff;
  }

  private static String path(Organiser partnership) {
    return "/api/v1/organisations/" + partnership.municipalityId() + "/members";
  }

  private static java.net.http.HttpResponse<String> invite(
      Organiser by, Organiser partnership, String kind, long id) {
    return by.client()
        .postJson(path(partnership), "{\"kind\":\"" + kind + "\",\"id\":" + id + "}", by.token());
  }

  @Test
  void invitedOrganisationsAndEnterprisesJoinOnAcceptingAndOnlyMembersArePublic() throws Exception {
    Organiser partnership = partnership(base, "symprazi");
    Organiser municipality = Organiser.of(base, "symprazi-dimos");
    Member cooperative = Member.of(base, "symprazi-coop", true);

    var invited = invite(partnership, partnership, "ENTERPRISE", cooperative.enterpriseId());
    assertEquals(201, invited.statusCode(), invited.body());
    assertEquals("INVITED", Client.json(invited).getString("status"));
    long enterpriseInvitation = Client.json(invited).getJsonNumber("id").longValue();
    assertEquals(
        409,
        invite(partnership, partnership, "ENTERPRISE", cooperative.enterpriseId()).statusCode());
    var toMunicipality =
        invite(partnership, partnership, "ORGANISATION", municipality.municipalityId());
    assertEquals(201, toMunicipality.statusCode());
    long municipalityInvitation = Client.json(toMunicipality).getJsonNumber("id").longValue();

    var unknown = invite(partnership, partnership, "ENTERPRISE", 0);
    assertEquals(400, unknown.statusCode());
    assertEquals("memberId", Client.json(unknown).getString("field"));
    var badKind = invite(partnership, partnership, "CLUB", cooperative.enterpriseId());
    assertEquals(400, badKind.statusCode());
    assertEquals("kind", Client.json(badKind).getString("field"));
    assertEquals(
        403,
        invite(municipality, partnership, "ENTERPRISE", cooperative.enterpriseId()).statusCode(),
        "only the partnership's staff invite");
    assertEquals(
        409,
        municipality
            .client()
            .postJson(
                "/api/v1/organisations/" + municipality.municipalityId() + "/members",
                "{\"kind\":\"ENTERPRISE\",\"id\":" + cooperative.enterpriseId() + "}",
                municipality.token())
            .statusCode(),
        "a municipality has no members");

    var profile =
        Client.json(new Client(base).get("/api/v1/organisations/" + partnership.municipalityId()));
    assertEquals(0, profile.getJsonArray("members").size(), "invited is not a member");

    // the enterprise's member sees the invitation and accepts; two answers at once make one
    var waiting =
        cooperative.client().getJson("/api/v1/partnership-invitations", cooperative.token());
    assertEquals(200, waiting.statusCode(), waiting.body());
    assertEquals(1, Client.parse(waiting.body()).asJsonArray().size());
    var mailed = Mailbox.withSubject(cooperative.email(), "Πρόσκληση συμμετοχής στη σύμπραξη");
    assertEquals(1, mailed.size(), "the enterprise's member is told by mail");
    assertTrue(Mailbox.body(mailed.get(0)).contains("/dashboard/enterprise"));
    assertEquals(
        1,
        Mailbox.withSubject(municipality.email(), "Πρόσκληση συμμετοχής στη σύμπραξη").size(),
        "and the invited organisation's staff");
    assertEquals(
        403,
        municipality
            .client()
            .postJson(
                "/api/v1/partnership-invitations/" + enterpriseInvitation + "/accept",
                "{}",
                municipality.token())
            .statusCode());
    List<Integer> answers =
        Race.statuses(
            2,
            () ->
                cooperative
                    .client()
                    .postJson(
                        "/api/v1/partnership-invitations/" + enterpriseInvitation + "/accept",
                        "{}",
                        cooperative.token()));
    assertEquals(List.of(200, 409), answers.stream().sorted().toList(), answers.toString());

    // the municipality declines, and may be invited again
    var declined =
        municipality
            .client()
            .postJson(
                "/api/v1/partnership-invitations/" + municipalityInvitation + "/decline",
                "{}",
                municipality.token());
    assertEquals("DECLINED", Client.json(declined).getString("status"));
    var again = invite(partnership, partnership, "ORGANISATION", municipality.municipalityId());
    assertEquals(201, again.statusCode());
    assertEquals("INVITED", Client.json(again).getString("status"));

    profile =
        Client.json(new Client(base).get("/api/v1/organisations/" + partnership.municipalityId()));
    List<JsonObject> members = profile.getJsonArray("members").getValuesAs(JsonObject.class);
    assertEquals(1, members.size(), profile.toString());
    assertEquals("ENTERPRISE", members.get(0).getString("kind"));
    assertEquals(cooperative.enterpriseId(), members.get(0).getJsonNumber("id").longValue());
    var list = Client.json(new Client(base).get("/api/v1/organisations?kind=PARTNERSHIP"));
    assertTrue(
        list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                item ->
                    item.getJsonNumber("id").longValue() == partnership.municipalityId()
                        && item.getInt("members") == 1),
        list.toString());
    String page = new Client(base).get("/organisations/" + partnership.municipalityId()).body();
    assertTrue(
        page.contains("/enterprises/" + cooperative.enterpriseId()), "the page lists the member");
  }
}
