package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.People;

/** Registering enterprises, ΑΦΜ checks, ownership, verification with mail, invitations. */
class EnterprisesIT extends DeployedWarIT {

  @Test
  void aValidVatNumberIsAcceptedAndTheEnterpriseStartsPending() {
    var member = member("valid");
    var created =
        member.client.postJson(
            "/api/v1/enterprises",
            People.enterpriseJson("Βότανα IT", People.newVatNumber()),
            member.token);
    assertEquals(201, created.statusCode(), created.body());
    var body = Client.json(created);
    assertEquals("PENDING", body.getString("status"));
    long id = body.getJsonNumber("id").longValue();
    assertEquals(
        404,
        new Client(base).get("/api/v1/enterprises/" + id).statusCode(),
        "a pending enterprise is not public");
    assertEquals(404, new Client(base).get("/enterprises/" + id).statusCode());
    assertTrue(member.client.browse("/dashboard/enterprise").body().contains("Αναμένει έλεγχο"));
  }

  @Test
  void aVatNumberWithAWrongCheckDigitIsRefusedNamingTheField() {
    var member = member("invalid");
    String valid = People.newVatNumber();
    String wrongCheckDigit = valid.substring(0, 8) + ((valid.charAt(8) - '0' + 1) % 10);
    for (String vat :
        new String[] {wrongCheckDigit, "12345678", "0000000000", "ABCDEFGHI", "000000000"}) {
      var response =
          member.client.postJson(
              "/api/v1/enterprises", People.enterpriseJson("Λάθος ΑΦΜ", vat), member.token);
      assertEquals(400, response.statusCode(), vat);
      var error = Client.json(response);
      assertEquals("invalid_input", error.getString("error"));
      assertEquals("vatNumber", error.getString("field"));
      assertTrue(
          error.getString("message").contains("ΑΦΜ δεν είναι έγκυρος"), error.getString("message"));
    }
    var english =
        new Client(base)
            .english()
            .postJson(
                "/api/v1/enterprises",
                People.enterpriseJson("Wrong", wrongCheckDigit),
                member.token);
    assertTrue(Client.json(english).getString("message").contains("not a valid Greek VAT number"));
  }

  @Test
  void theVatNumberIsCheckedOnTheFormTooAndWhatWasTypedStays() throws Exception {
    var member = member("form");
    var page =
        member.client.submit(
            "/dashboard/enterprise-edit",
            "form",
            Map.of(
                "name",
                "Συνεταιρισμός Φόρμας",
                "legalForm",
                "KOINSEP",
                "registryNumber",
                "Α-1",
                "vatNumber",
                "123456789",
                "region",
                "ATTICA",
                "municipality",
                "Αθήνα",
                "descriptionEl",
                "Περιγραφή",
                "impactEl",
                "Αποτύπωμα",
                "contactEmail",
                "a@example.org"),
            "save");
    assertTrue(page.body().contains("Ο ΑΦΜ δεν είναι έγκυρος"), page.body());
    assertTrue(page.body().contains("Συνεταιρισμός Φόρμας"), "the name typed is still there");
    assertEquals(
        0L, count("SELECT COUNT(*) FROM enterprise WHERE name = ?", "Συνεταιρισμός Φόρμας"));

    var saved =
        member.client.submit(
            "/dashboard/enterprise-edit",
            "form",
            Map.of(
                "name",
                "Συνεταιρισμός Φόρμας",
                "legalForm",
                "KOINSEP",
                "registryNumber",
                "Α-1",
                "vatNumber",
                People.newVatNumber(),
                "region",
                "ATTICA",
                "municipality",
                "Αθήνα",
                "descriptionEl",
                "Περιγραφή",
                "impactEl",
                "Αποτύπωμα",
                "contactEmail",
                "a@example.org"),
            "save");
    assertTrue(
        saved.body().contains("Η επιχείρηση καταχωρίστηκε και αναμένει έλεγχο."), saved.body());
    assertEquals(
        1L, count("SELECT COUNT(*) FROM enterprise WHERE name = ?", "Συνεταιρισμός Φόρμας"));
  }

  @Test
  void aMemberOfAnotherEnterpriseGets403AndNothingChanges() throws Exception {
    var owner = member("owner");
    var other = member("other");
    long ownersEnterprise = create(owner, "Μελισσοκόμοι Ιδιοκτήτη");
    create(other, "Άλλη Επιχείρηση");

    var denied =
        other.client.putJson(
            "/api/v1/enterprises/" + ownersEnterprise,
            People.enterpriseJson("Κατάληψη", People.newVatNumber()),
            other.token);
    assertEquals(403, denied.statusCode());
    assertEquals("forbidden", Client.json(denied).getString("error"));
    assertEquals(
        "Μελισσοκόμοι Ιδιοκτήτη",
        Database.value("SELECT name FROM enterprise WHERE id = ?", ownersEnterprise));

    var page = other.client.get("/dashboard/enterprise-edit?id=" + ownersEnterprise);
    assertEquals(403, page.statusCode());
    assertTrue(
        !page.body().contains("Μελισσοκόμοι Ιδιοκτήτη"),
        "the form does not leak the other enterprise");

    String vat =
        (String) Database.value("SELECT vat_number FROM enterprise WHERE id = ?", ownersEnterprise);
    var allowed =
        owner.client.putJson(
            "/api/v1/enterprises/" + ownersEnterprise,
            People.enterpriseJson("Μελισσοκόμοι Νέο Όνομα", vat),
            owner.token);
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertEquals(
        "Μελισσοκόμοι Νέο Όνομα",
        Database.value("SELECT name FROM enterprise WHERE id = ?", ownersEnterprise));
  }

  @Test
  void verificationMakesTheEnterprisePublicAndMailsTheMembers() throws Exception {
    var member = member("verify");
    long id = create(member, "Κοιν.Σ.Επ. Επαλήθευσης");
    String admin = People.adminToken(base);

    assertEquals(
        403,
        member
            .client
            .postJson("/api/v1/admin/enterprises/" + id + "/verify", "{}", member.token)
            .statusCode(),
        "a member cannot verify their own enterprise");
    assertEquals("PENDING", Database.value("SELECT status FROM enterprise WHERE id = ?", id));

    assertEquals(
        204,
        new Client(base)
            .postJson("/api/v1/admin/enterprises/" + id + "/verify", "{}", admin)
            .statusCode());
    var mails = Mailbox.to(member.email, 1);
    assertEquals(1, mails.size());
    assertTrue(Mailbox.subject(mails.get(0)).contains("Κοιν.Σ.Επ. Επαλήθευσης"));
    assertTrue(Mailbox.subject(mails.get(0)).contains("εγκρίθηκε"));

    var publicView = new Client(base).get("/api/v1/enterprises/" + id);
    assertEquals(200, publicView.statusCode());
    assertEquals("VERIFIED", Client.json(publicView).getString("status"));
    var list = Client.json(new Client(base).get("/api/v1/enterprises?region=crete"));
    assertTrue(
        list.getJsonArray("items").stream()
            .anyMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == id));
    assertEquals(list.getInt("total"), list.getJsonArray("items").size());
    var page = new Client(base).get("/enterprises/" + id);
    assertEquals(200, page.statusCode());
    assertTrue(
        page.body().contains("Απασχολούμε νέους αγρότες."), "the impact statement is on the page");
  }

  @Test
  void aRejectionNeedsAReasonAndTheMembersReadIt() throws Exception {
    var member = member("reject");
    long id = create(member, "Απορριπτέα Επιχείρηση");
    String admin = People.adminToken(base);

    var noReason =
        new Client(base)
            .postJson("/api/v1/admin/enterprises/" + id + "/reject", "{\"reason\":\"  \"}", admin);
    assertEquals(400, noReason.statusCode());
    assertEquals("reason", Client.json(noReason).getString("field"));

    var rejected =
        new Client(base)
            .postJson(
                "/api/v1/admin/enterprises/" + id + "/reject",
                "{\"reason\":\"Λείπει ο αριθμός μητρώου.\"}",
                admin);
    assertEquals(204, rejected.statusCode());
    var mails = Mailbox.to(member.email, 1);
    assertTrue(Mailbox.body(mails.get(0)).contains("Λείπει ο αριθμός μητρώου."));
    assertTrue(
        member.client.browse("/dashboard/enterprise").body().contains("Λείπει ο αριθμός μητρώου."));
  }

  @Test
  void anInvitedColleagueJoinsAndMayThenEdit() throws Exception {
    var founder = member("founder");
    long id = create(founder, "Συνεταιρισμός Προσκλήσεων");
    String colleagueEmail = People.newEmail("colleague");
    var sent =
        founder.client.submit(
            "/dashboard/enterprise", "invite", Map.of("email", colleagueEmail), "send");
    assertTrue(sent.body().contains("Η πρόσκληση στάλθηκε"), sent.body());

    var mails = Mailbox.to(colleagueEmail, 1);
    assertEquals(1, mails.size());
    var link =
        Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)").matcher(Mailbox.body(mails.get(0)));
    assertTrue(link.find());

    Client colleague = People.register(base, colleagueEmail, "Συνάδελφος");
    String token = People.token(colleague, colleagueEmail, People.PASSWORD);
    String vat = (String) Database.value("SELECT vat_number FROM enterprise WHERE id = ?", id);
    assertEquals(
        403,
        colleague
            .putJson("/api/v1/enterprises/" + id, People.enterpriseJson("Πριν", vat), token)
            .statusCode());

    var joined = colleague.submit("/invitation?token=" + link.group(1), "form", Map.of(), "accept");
    assertTrue(joined.body().contains("Είστε πλέον μέλος"), joined.body());
    assertEquals(
        200,
        colleague
            .putJson("/api/v1/enterprises/" + id, People.enterpriseJson("Μετά", vat), token)
            .statusCode());

    var me = Client.json(colleague.getJson("/api/v1/me", token));
    assertTrue(me.getJsonArray("roles").toString().contains("ENTERPRISE"));
  }

  private record Member(String email, Client client, String token) {}

  private Member member(String who) {
    String email = People.newEmail(who);
    Client client = People.register(base, email, who);
    return new Member(email, client, People.token(client, email, People.PASSWORD));
  }

  private long create(Member member, String name) {
    var created =
        member.client.postJson(
            "/api/v1/enterprises",
            People.enterpriseJson(name, People.newVatNumber()),
            member.token);
    assertEquals(201, created.statusCode(), created.body());
    return Client.json(created).getJsonNumber("id").longValue();
  }

  private static long count(String sql, Object... parameters) throws Exception {
    return ((Number) Database.value(sql, parameters)).longValue();
  }
}
