package org.koinagora.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.TestFairs;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;

/**
 * An admin creates an organisation and invites its first staff member by mail; that person accepts,
 * organises fairs for it and invites a colleague; nobody else invites or creates.
 */
class OrganisationStaffIT extends DeployedWarIT {

  private static final Pattern LINK = Pattern.compile("/staff-invitation\\?token=([A-Za-z0-9_-]+)");

  private static String link(String email) throws Exception {
    var mails = Mailbox.to(email, 1);
    assertEquals(1, mails.size());
    var link = LINK.matcher(Mailbox.body(mails.get(0)));
    assertTrue(link.find(), Mailbox.body(mails.get(0)));
    return link.group(0);
  }

  @Test
  void anAdminCreatesAnOrganisationItsInvitedStaffJoinOrganiseAndInviteColleagues()
      throws Exception {
    String admin = People.adminToken(base);
    String first = People.newEmail("centre-first");
    String name = "Κέντρο Στήριξης " + UUID.randomUUID().toString().substring(0, 6);
    var created =
        new Client(base)
            .postJson(
                "/api/v1/admin/organisations",
                """
                {"kind":"SUPPORT_CENTRE","nameEl":"%s","nameEn":"Support centre","region":"EPIRUS",
                 "descriptionEl":"Συμβουλευτική για νέες ομάδες.","offers":["ADVICE","TRAINING"],
                 "email":"info@centre.example","staffEmail":"%s"}
                """
                    .formatted(name, first),
                admin);
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals("SUPPORT_CENTRE", Client.json(created).getString("kind"));
    var listed = Client.json(new Client(base).get("/api/v1/organisations/" + id));
    assertEquals(name, listed.getString("name"));

    // the first staff member accepts and organises a fair for the centre
    Client person = People.register(base, first, "Πρώτη");
    String token = People.token(person, first, People.PASSWORD);
    assertEquals(
        403,
        person
            .postJson("/api/v1/organiser/fairs", TestFairs.json("INSTANT", 1), token)
            .statusCode(),
        "not staff before accepting");
    var joined = person.submit(link(first), "form", Map.of(), "accept");
    assertTrue(joined.body().contains("Είστε πλέον στο προσωπικό"), joined.body());
    var fair = person.postJson("/api/v1/organiser/fairs", TestFairs.json("INSTANT", 1), token);
    assertEquals(201, fair.statusCode(), fair.body());
    assertEquals(id, Client.json(fair).getJsonObject("organiser").getJsonNumber("id").longValue());
    var again = person.submit(link(first), "form", Map.of(), "accept");
    assertFalse(again.body().contains("Είστε πλέον στο προσωπικό"), "an invitation works once");

    // staff invite a colleague from the dashboard; the colleague's page shows both
    String colleague = People.newEmail("centre-colleague");
    var sent =
        person.submit("/dashboard/municipality", "staff", Map.of("email", colleague), "invite");
    assertTrue(sent.body().contains("Στάλθηκε πρόσκληση στο " + colleague), sent.body());
    Client other = People.register(base, colleague, "Συνάδελφος");
    other.submit(link(colleague), "form", Map.of(), "accept");
    String dashboard = other.browse("/dashboard/municipality").body();
    assertTrue(dashboard.contains(first) && dashboard.contains(colleague), dashboard);

    // nobody else invites or creates
    Organiser stranger = Organiser.of(base, "stranger-staff");
    assertEquals(
        403,
        stranger
            .client()
            .postJson(
                "/api/v1/organisations/" + id + "/staff-invites",
                "{\"email\":\"someone@example.org\"}",
                stranger.token())
            .statusCode());
    assertEquals(
        403,
        stranger
            .client()
            .postJson(
                "/api/v1/admin/organisations",
                "{\"kind\":\"MUNICIPALITY\",\"nameEl\":\"Δήμος\",\"region\":\"ATTICA\"}",
                stranger.token())
            .statusCode());
    var invalid =
        person.postJson(
            "/api/v1/organisations/" + id + "/staff-invites",
            "{\"email\":\"not-an-address\"}",
            token);
    assertEquals(400, invalid.statusCode());
    assertEquals("email", Client.json(invalid).getString("field"));
    assertEquals(
        202,
        person
            .postJson(
                "/api/v1/organisations/" + id + "/staff-invites",
                "{\"email\":\"" + People.newEmail("third") + "\"}",
                token)
            .statusCode());
  }

  @Test
  void aNewOrganisationNeedsAKindANameAndARegionEachNamedWhenMissing() throws Exception {
    String admin = People.adminToken(base);
    var client = new Client(base);
    var noName =
        client.postJson(
            "/api/v1/admin/organisations",
            "{\"kind\":\"PARTNERSHIP\",\"region\":\"ATTICA\"}",
            admin);
    assertEquals(400, noName.statusCode(), noName.body());
    assertEquals("nameEl", Client.json(noName).getString("field"));
    var badKind =
        client.postJson(
            "/api/v1/admin/organisations",
            "{\"kind\":\"CLUB\",\"nameEl\":\"Όμιλος\",\"region\":\"ATTICA\"}",
            admin);
    assertEquals(400, badKind.statusCode());
    assertEquals("kind", Client.json(badKind).getString("field"));
    var badStaff =
        client.postJson(
            "/api/v1/admin/organisations",
            "{\"kind\":\"PARTNERSHIP\",\"nameEl\":\"Σύμπραξη\",\"region\":\"ATTICA\",\"staffEmail\":\"nope\"}",
            admin);
    assertEquals(400, badStaff.statusCode());
    assertEquals("staffEmail", Client.json(badStaff).getString("field"));
  }
}
