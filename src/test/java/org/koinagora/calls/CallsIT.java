package org.koinagora.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Documents;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;

/**
 * Calls reserved for social enterprises: staff publish, anyone reads and filters them, members ask
 * and offer; offers stay sealed from the organisation and admins until the deadline (only their
 * number shows), then are compared and one is awarded in public.
 */
class CallsIT extends DeployedWarIT {

  private static final String SECRET_NOTE = "Σφραγισμένο-σημείωμα-";

  private static String at(int days) {
    return OffsetDateTime.now(ZoneOffset.UTC)
        .plusDays(days)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private static String callJson(String title, String category, String eligibility) {
    return """
    {"title":{"el":"%s","en":"%s (en)"},"description":{"el":"Καθαρισμός σχολικών κτιρίων.",
     "en":"Cleaning of school buildings."},"category":%s,"regions":["CRETE"],
     "eligibility":%s,"budget":"18000.00","questionDeadline":"%s","offerDeadline":"%s"}
    """
        .formatted(
            title,
            title,
            category == null ? "null" : "\"" + category + "\"",
            eligibility,
            at(5),
            at(10));
  }

  private static final String RESERVED =
      "{\"legalForms\":[\"KOINSEP\",\"KOISPE\"],\"requiresGemko\":false}";

  /** A published call by a new organisation; returns its id. */
  private static long published(Organiser staff, String title, String eligibility) {
    var created =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson(title, "services/cleaning", eligibility),
                staff.token());
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals("DRAFT", Client.json(created).getString("status"));
    var publish =
        staff.client().postJson("/api/v1/organiser/calls/" + id + "/publish", "{}", staff.token());
    assertEquals(200, publish.statusCode(), publish.body());
    return id;
  }

  private static String offer(String price, String note) {
    return "{\"price\":\"%s\",\"note\":\"%s\"}".formatted(price, note);
  }

  /** Another staff member of the organisation, who reads Koinagora in English; their address. */
  private String englishStaff(Organiser staff, String who) throws Exception {
    String email = People.newEmail(who);
    People.register(base, email, who);
    Database.update("UPDATE user_account SET language = 'en' WHERE email = ?", email);
    long userId =
        ((Number) Database.value("SELECT id FROM user_account WHERE email = ?", email)).longValue();
    Database.update(
        "INSERT INTO organisation_staff (organisation_id, user_id) VALUES (?, ?)",
        staff.municipalityId(),
        userId);
    return email;
  }

  private static void pastDeadline(long callId) throws Exception {
    Database.update(
        "UPDATE reserved_call SET question_deadline = NOW(6) - INTERVAL 2 DAY, offer_deadline ="
            + " NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
        callId);
  }

  @Test
  void aPublishedCallIsListedFilteredAndInTheFeedWhileADraftIsNot() throws Exception {
    Organiser staff = Organiser.of(base, "call-list");
    var draft =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson("Πρόχειρη πρόσκληση λίστας", null, RESERVED),
                staff.token());
    long draftId = Client.json(draft).getJsonNumber("id").longValue();
    long id = published(staff, "Καθαρισμός σχολείων Χανίων", RESERVED);

    Client anyone = new Client(base);
    assertEquals(404, anyone.get("/api/v1/calls/" + draftId).statusCode());
    JsonObject call = Client.json(anyone.get("/api/v1/calls/" + id));
    assertEquals("Καθαρισμός σχολείων Χανίων", call.getString("title"));
    assertEquals("OPEN", call.getString("status"));
    assertEquals(0, call.getInt("offers"));
    assertTrue(call.isNull("award"));
    assertEquals("18000.00", call.getJsonObject("budget").getString("amount"));
    assertEquals(
        List.of("CRETE"),
        call.getJsonArray("regions").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("services/cleaning", call.getString("category"));
    assertEquals(
        staff.municipalityId(), call.getJsonObject("organiser").getJsonNumber("id").longValue());
    assertTrue(
        call.getJsonObject("eligibility").getJsonArray("legalForms").toString().contains("KOISPE"));

    List<Long> listed = ids(anyone.get("/api/v1/calls?region=CRETE&category=services&status=OPEN"));
    assertTrue(listed.contains(id) && !listed.contains(draftId), listed.toString());
    assertFalse(ids(anyone.get("/api/v1/calls?region=ATTICA&category=services")).contains(id));
    assertFalse(ids(anyone.get("/api/v1/calls?status=AWARDED")).contains(id));
    var unknown = anyone.get("/api/v1/calls?region=ATLANTIS");
    assertEquals(400, unknown.statusCode());
    assertEquals("region", Client.json(unknown).getString("field"));

    var feed = anyone.get("/api/v1/calls.atom");
    assertEquals(200, feed.statusCode());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    assertTrue(feed.body().contains("<title>Καθαρισμός σχολείων Χανίων</title>"), feed.body());
    assertTrue(feed.body().contains("/calls/" + id + "</id>"));
    assertFalse(feed.body().contains("Πρόχειρη πρόσκληση λίστας"));
  }

  @Test
  void writingACallIsForItsOrganisationsStaffAndNamesTheFieldAtFault() throws Exception {
    Organiser staff = Organiser.of(base, "call-write");
    Member member = Member.of(base, "call-write-member", true);
    var byMember =
        member
            .client()
            .postJson("/api/v1/organiser/calls", callJson("Όχι", null, RESERVED), member.token());
    assertEquals(403, byMember.statusCode(), byMember.body());
    assertEquals(
        401,
        new Client(base)
            .postJson("/api/v1/organiser/calls", callJson("Όχι", null, RESERVED), null)
            .statusCode());
    var noTitle =
        staff
            .client()
            .postJson("/api/v1/organiser/calls", callJson("", null, RESERVED), staff.token());
    assertEquals(400, noTitle.statusCode(), noTitle.body());
    assertEquals("titleEl", Client.json(noTitle).getString("field"));
    var badDate =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson("Τίτλος", null, RESERVED).replace(at(10), "next week"),
                staff.token());
    assertEquals(400, badDate.statusCode(), badDate.body());
    assertEquals("offerDeadline", Client.json(badDate).getString("field"));
    var badForm =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson("Τίτλος", null, "{\"legalForms\":[\"PIRATES\"]}"),
                staff.token());
    assertEquals(400, badForm.statusCode(), badForm.body());
    assertEquals("eligibility.legalForms", Client.json(badForm).getString("field"));

    long id = published(staff, "Πρόσκληση άλλου δήμου", RESERVED);
    Organiser other = Organiser.of(base, "call-write-other");
    assertEquals(
        403,
        other
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/cancel", "{\"reason\":\"Όχι\"}", other.token())
            .statusCode());
    assertEquals(
        403,
        other
            .client()
            .getJson("/api/v1/organiser/calls/" + id + "/offers", other.token())
            .statusCode());
    var again =
        staff.client().postJson("/api/v1/organiser/calls/" + id + "/publish", "{}", staff.token());
    assertEquals(409, again.statusCode());
  }

  @Test
  void publishingMailsTheVerifiedEnterprisesOfTheCategoryRegionAndLegalForm() throws Exception {
    Organiser staff = Organiser.of(base, "call-mail");
    Member cleaner = Member.of(base, "call-mail-cleaner", true);
    Member baker = Member.of(base, "call-mail-baker", true);
    var listing =
        cleaner
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"SERVICE","title":{"el":"Καθαρισμός γραφείων","en":"Office cleaning"},
                 "description":{"el":"Καθαρισμός με οικολογικά υλικά.","en":"Green cleaning."},
                 "price":"25.00","vatRate":24,"unit":"HOUR","stock":null,
                 "category":"services/cleaning","tags":[],"status":"ACTIVE"}
                """,
                cleaner.token());
    assertEquals(201, listing.statusCode(), listing.body());
    long id = published(staff, "Καθαρισμός δημαρχείου", RESERVED);
    var mails = Mailbox.withSubject(cleaner.email(), "Νέα πρόσκληση για κοινωνικές επιχειρήσεις");
    assertEquals(1, mails.size());
    assertTrue(Mailbox.body(mails.get(0)).contains("/calls/" + id), Mailbox.body(mails.get(0)));
    assertTrue(
        Mailbox.withSubject(baker.email(), "Νέα πρόσκληση για κοινωνικές επιχειρήσεις").isEmpty(),
        "an enterprise without a cleaning service is not mailed");
  }

  @Test
  void questionsArePublishedWithTheirAnswerWithoutTheAskerUntilTheirDeadline() throws Exception {
    Organiser staff = Organiser.of(base, "call-questions");
    Member member = Member.of(base, "call-questions-member", true);
    String english = englishStaff(staff, "call-questions-en");
    long id = published(staff, "Πρόσκληση με ερωτήσεις", RESERVED);
    var asked =
        member
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/questions",
                "{\"question\":\"Περιλαμβάνονται τα υλικά καθαρισμού;\"}",
                member.token());
    assertEquals(201, asked.statusCode(), asked.body());
    // each staff member is mailed the question in their language, with the call; never the asker
    var greekMail = Mailbox.withSubject(staff.email(), "Νέα ερώτηση στην πρόσκλησή σας");
    assertEquals(1, greekMail.size());
    String greekBody = Mailbox.body(greekMail.get(0));
    assertTrue(greekBody.contains("Περιλαμβάνονται τα υλικά καθαρισμού;"), greekBody);
    assertTrue(greekBody.contains("/dashboard/calls?id=" + id), greekBody);
    assertTrue(greekBody.contains("Πρόσκληση με ερωτήσεις"), greekBody);
    assertFalse(
        greekBody.contains("call-questions-member") || greekBody.contains(member.email()),
        greekBody);
    var englishMail = Mailbox.withSubject(english, "New question on your call");
    assertEquals(1, englishMail.size());
    String englishBody = Mailbox.body(englishMail.get(0));
    assertTrue(englishBody.contains("/dashboard/calls?id=" + id), englishBody);
    assertTrue(englishBody.contains("Πρόσκληση με ερωτήσεις (en)"), englishBody);
    assertFalse(englishBody.contains("call-questions-member"), englishBody);
    long question = Client.json(asked).getJsonNumber("id").longValue();
    Client anyone = new Client(base);
    assertFalse(
        anyone.get("/api/v1/calls/" + id).body().contains("υλικά καθαρισμού"),
        "an unanswered question is not published yet");
    var staffView = staff.client().getJson("/api/v1/organiser/calls/" + id, staff.token());
    assertTrue(staffView.body().contains("υλικά καθαρισμού"), staffView.body());
    assertEquals(
        403,
        member
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/questions/" + question + "/answer",
                "{\"answer\":\"Ναι\"}",
                member.token())
            .statusCode());
    var answered =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/questions/" + question + "/answer",
                "{\"answer\":\"Ναι, τα διαθέτει ο ανάδοχος.\"}",
                staff.token());
    assertEquals(200, answered.statusCode(), answered.body());
    String call = anyone.get("/api/v1/calls/" + id).body();
    assertTrue(call.contains("υλικά καθαρισμού") && call.contains("τα διαθέτει ο ανάδοχος"), call);
    assertFalse(call.contains("call-questions-member") || call.contains(member.email()), call);
    String page = anyone.browse("/calls/" + id).body();
    assertTrue(page.contains("τα διαθέτει ο ανάδοχος"), page);
    assertFalse(page.contains(member.email()) || page.contains("Επιχείρηση call-questions-member"));

    Database.update(
        "UPDATE reserved_call SET question_deadline = NOW(6) - INTERVAL 1 SECOND WHERE id = ?", id);
    var late =
        member
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/questions", "{\"question\":\"Αργά;\"}", member.token());
    assertEquals(409, late.statusCode(), late.body());
  }

  @Test
  void anIneligibleEnterpriseIsRefusedWithEveryReasonAndBecomesEligibleByDeclaring()
      throws Exception {
    Organiser staff = Organiser.of(base, "call-eligible");
    Member member = Member.of(base, "call-eligible-member", true);
    Member unverified = Member.of(base, "call-eligible-pending", false);
    long id =
        published(
            staff,
            "Πρόσκληση άρθρου 20",
            "{\"legalForms\":[\"KOINSEP\"],\"koinsepKinds\":[\"INTEGRATION_VULNERABLE\"],"
                + "\"requiresGemko\":true,\"minDisadvantagedShare\":\"30\",\"declarationMaxMonths\":12}");
    var refused =
        member
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("9000.00", "x"), member.token());
    assertEquals(403, refused.statusCode(), refused.body());
    String reason = Client.json(refused).getString("message");
    assertTrue(reason.contains("ΓΕΜΚΟ"), reason);
    assertTrue(reason.contains("Ένταξης Ευάλωτων Ομάδων"), reason);
    assertTrue(reason.contains("30 %"), reason);
    var english =
        new Client(base)
            .postJson(
                "/api/v1/calls/" + id + "/offers?lang=en", offer("9000.00", "x"), member.token());
    assertTrue(
        Client.json(english).getString("message").contains("registry number"), english.body());
    assertEquals(
        403,
        unverified
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("9000.00", "x"), unverified.token())
            .statusCode());

    // an old declaration and a low share are each explained
    var declared =
        member
            .client()
            .putJson(
                "/api/v1/enterprises/" + member.enterpriseId() + "/eligibility",
                "{\"koinsepKind\":\"INTEGRATION_VULNERABLE\",\"gemkoNumber\":\"123456\","
                    + "\"disadvantagedShare\":\"25\",\"declaredOn\":\"2024-01-10\"}",
                member.token());
    assertEquals(200, declared.statusCode(), declared.body());
    String stale =
        Client.json(
                member
                    .client()
                    .postJson(
                        "/api/v1/calls/" + id + "/offers", offer("9000.00", "x"), member.token()))
            .getString("message");
    assertTrue(stale.contains("25 %") && stale.contains("12 μήνες"), stale);
    assertFalse(stale.contains("ΓΕΜΚΟ"), stale);

    var eligibility =
        member.client().getJson("/api/v1/calls/" + id + "/eligibility", member.token());
    assertFalse(Client.json(eligibility).getBoolean("eligible"), eligibility.body());
    assertEquals(2, Client.json(eligibility).getJsonArray("reasons").size(), eligibility.body());

    member
        .client()
        .putJson(
            "/api/v1/enterprises/" + member.enterpriseId() + "/eligibility",
            "{\"koinsepKind\":\"INTEGRATION_VULNERABLE\",\"gemkoNumber\":\"123456\","
                + "\"disadvantagedShare\":\"40\",\"declaredOn\":\""
                + java.time.LocalDate.now().minusMonths(1)
                + "\"}",
            member.token());
    var accepted =
        member
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("9000.00", "x"), member.token());
    assertEquals(201, accepted.statusCode(), accepted.body());

    var notMine =
        unverified
            .client()
            .putJson(
                "/api/v1/enterprises/" + member.enterpriseId() + "/eligibility",
                "{\"gemkoNumber\":\"1\"}",
                unverified.token());
    assertEquals(403, notMine.statusCode());
    var badShare =
        member
            .client()
            .putJson(
                "/api/v1/enterprises/" + member.enterpriseId() + "/eligibility",
                "{\"disadvantagedShare\":\"130\",\"declaredOn\":\"2026-01-01\"}",
                member.token());
    assertEquals(400, badShare.statusCode(), badShare.body());
    assertEquals("disadvantagedShare", Client.json(badShare).getString("field"));
  }

  @Test
  void aSecondOfferReplacesTheFirstWithTheSameIdAndAWithdrawnOfferNoLongerCounts()
      throws Exception {
    Organiser staff = Organiser.of(base, "call-replace");
    Member member = Member.of(base, "call-replace-member", true);
    long id = published(staff, "Πρόσκληση αντικατάστασης", RESERVED);
    var first =
        member
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/offers", offer("12000.00", "πρώτη"), member.token());
    assertEquals(201, first.statusCode(), first.body());
    long offerId = Client.json(first).getJsonNumber("id").longValue();
    var second =
        member
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/offers", offer("11500.50", "δεύτερη"), member.token());
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(offerId, Client.json(second).getJsonNumber("id").longValue());
    assertEquals("11500.50", Client.json(second).getJsonObject("price").getString("amount"));
    assertFalse(Client.json(second).isNull("replacedAt"));
    assertEquals(1, Client.json(new Client(base).get("/api/v1/calls/" + id)).getInt("offers"));

    var mine = Client.json(member.client().getJson("/api/v1/me/offers", member.token()));
    assertEquals(1, mine.getInt("total"));
    assertEquals("δεύτερη", mine.getJsonArray("items").getJsonObject(0).getString("note"));
    // the note is stored sealed: the database does not hold it in clear
    Object stored = Database.value("SELECT note_sealed FROM call_offer WHERE id = ?", offerId);
    assertFalse(
        new String((byte[]) stored, java.nio.charset.StandardCharsets.UTF_8).contains("δεύτερη"));
    assertTrue(Database.value("SELECT submitted_at FROM call_offer WHERE id = ?", offerId) != null);

    Member stranger = Member.of(base, "call-replace-stranger", true);
    assertEquals(
        403,
        stranger.client().delete("/api/v1/me/offers/" + offerId, stranger.token()).statusCode());
    var withdrawn = member.client().delete("/api/v1/me/offers/" + offerId, member.token());
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals("WITHDRAWN", Client.json(withdrawn).getString("status"));
    assertEquals(0, Client.json(new Client(base).get("/api/v1/calls/" + id)).getInt("offers"));

    var badPrice =
        member
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("δώδεκα", ""), member.token());
    assertEquals(400, badPrice.statusCode());
    assertEquals("price", Client.json(badPrice).getString("field"));
  }

  @Test
  void offersAreRefusedAtTheDeadline() throws Exception {
    Organiser staff = Organiser.of(base, "call-deadline");
    Member member = Member.of(base, "call-deadline-member", true);
    long id = published(staff, "Πρόσκληση προθεσμίας", RESERVED);
    var made =
        member
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("100.00", ""), member.token());
    long offerId = Client.json(made).getJsonNumber("id").longValue();
    Database.update(
        "UPDATE reserved_call SET question_deadline = NOW(6) - INTERVAL 1 DAY, offer_deadline ="
            + " NOW(6) WHERE id = ?",
        id);
    var late =
        member
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("90.00", ""), member.token());
    assertEquals(409, late.statusCode(), late.body());
    assertEquals(
        409, member.client().delete("/api/v1/me/offers/" + offerId, member.token()).statusCode());
    assertEquals(
        "CLOSED", Client.json(new Client(base).get("/api/v1/calls/" + id)).getString("status"));
  }

  @Test
  void offersAreSealedFromTheOrganisationAndAdminsUntilTheDeadlineThenComparedAndAwardedInPublic()
      throws Exception {
    Organiser staff = Organiser.of(base, "call-sealed");
    Member first = Member.of(base, "call-sealed-first", true);
    Member second = Member.of(base, "call-sealed-second", true);
    long id = published(staff, "Σφραγισμένη πρόσκληση", RESERVED);
    // prices no other call holds: awards of earlier runs are public in the same lists
    long firstPrice = 1_000_000 + id * 10 + 3;
    long secondPrice = 1_000_000 + id * 10 + 1;
    String firstNote = SECRET_NOTE + "πρώτη-" + id;
    String secondNote = SECRET_NOTE + "δεύτερη-" + id;
    assertEquals(
        201,
        first
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                offer(firstPrice + ".77", firstNote),
                first.token())
            .statusCode());
    var secondOffer =
        second
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                offer(secondPrice + ".65", secondNote),
                second.token());
    long secondId = Client.json(secondOffer).getJsonNumber("id").longValue();

    String admin = People.adminToken(base);
    Client adminClient = new Client(base);
    for (var reader :
        List.of(new Object[] {staff.client(), staff.token()}, new Object[] {adminClient, admin})) {
      Client client = (Client) reader[0];
      String token = (String) reader[1];
      for (String path :
          List.of(
              "/api/v1/calls/" + id,
              "/api/v1/calls",
              "/api/v1/calls.atom",
              "/api/v1/organiser/calls",
              "/api/v1/organiser/calls/" + id,
              "/api/v1/me/offers")) {
        String body = client.getJson(path, token).body();
        assertSealed(body, path, firstPrice, secondPrice);
      }
      var offers = client.getJson("/api/v1/organiser/calls/" + id + "/offers", token);
      assertTrue(offers.statusCode() == 409 || offers.statusCode() == 403, offers.body());
      assertSealed(offers.body(), "offers", firstPrice, secondPrice);
      assertEquals(2, Client.json(client.getJson("/api/v1/calls/" + id, token)).getInt("offers"));
    }
    assertEquals(
        409,
        staff
            .client()
            .getJson("/api/v1/organiser/calls/" + id + "/offers", staff.token())
            .statusCode());
    var early =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":" + secondId + ",\"reason\":\"Χαμηλότερη τιμή\"}",
                staff.token());
    assertEquals(409, early.statusCode(), early.body());
    // the pages too: the call page and the organisation's dashboard show the count only
    String page = staff.client().browse("/calls/" + id).body();
    assertSealed(page, "call page", firstPrice, secondPrice);
    assertTrue(page.contains("2"), page);
    String dashboard = staff.client().browse("/dashboard/calls?id=" + id).body();
    assertSealed(dashboard, "dashboard", firstPrice, secondPrice);
    // the first enterprise reads its own offer, not the other's
    String own = first.client().getJson("/api/v1/me/offers", first.token()).body();
    assertTrue(own.contains(firstNote) && !own.contains(secondNote), own);

    for (Member enterprise : List.of(first, second)) {
      for (var mail : Mailbox.to(enterprise.email(), 1)) {
        assertSealed(Mailbox.body(mail), "mail to " + enterprise.email(), firstPrice, secondPrice);
      }
    }

    pastDeadline(id);
    var unsealed =
        staff.client().getJson("/api/v1/organiser/calls/" + id + "/offers", staff.token());
    assertEquals(200, unsealed.statusCode(), unsealed.body());
    var items = Client.json(unsealed).getJsonArray("items");
    assertEquals(2, items.size());
    assertEquals(secondNote, items.getJsonObject(0).getString("note"), "cheapest first");
    assertEquals(firstNote, items.getJsonObject(1).getString("note"));
    assertEquals(
        403, adminClient.getJson("/api/v1/organiser/calls/" + id + "/offers", admin).statusCode());

    var noReason =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":" + secondId + "}",
                staff.token());
    assertEquals(400, noReason.statusCode());
    var awarded =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":"
                    + secondId
                    + ",\"reason\":\"Η χαμηλότερη τιμή με πλήρη τεχνική κάλυψη.\"}",
                staff.token());
    assertEquals(200, awarded.statusCode(), awarded.body());
    JsonObject call = Client.json(new Client(base).get("/api/v1/calls/" + id));
    assertEquals("AWARDED", call.getString("status"));
    assertEquals(2, call.getInt("offers"));
    JsonObject award = call.getJsonObject("award");
    assertEquals(
        second.enterpriseId(), award.getJsonObject("enterprise").getJsonNumber("id").longValue());
    assertEquals(secondPrice + ".65", award.getJsonObject("price").getString("amount"));
    assertEquals("Η χαμηλότερη τιμή με πλήρη τεχνική κάλυψη.", award.getString("reason"));
    String grouped =
        java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("el")).format(secondPrice);
    var won = Mailbox.withSubject(second.email(), "Η προσφορά σας επιλέχθηκε");
    assertEquals(1, won.size());
    String wonBody = Mailbox.body(won.get(0));
    assertTrue(wonBody.contains(grouped + ",65"), wonBody);
    assertTrue(wonBody.contains("/calls/" + id), wonBody);
    assertTrue(wonBody.contains("Η χαμηλότερη τιμή με πλήρη τεχνική κάλυψη."), wonBody);
    var lost = Mailbox.withSubject(first.email(), "Ανάθεση πρόσκλησης");
    assertEquals(1, lost.size());
    String lostBody = Mailbox.body(lost.get(0));
    assertTrue(lostBody.contains("Επιχείρηση call-sealed-second"), lostBody);
    assertTrue(lostBody.contains(grouped + ",65"), lostBody);
    assertTrue(lostBody.contains("/calls/" + id), lostBody);
    assertSealed(lostBody.replace(grouped, ""), "the loser's mail", firstPrice);
    String publicPage = new Client(base).browse("/calls/" + id).body();
    assertTrue(publicPage.contains("Η χαμηλότερη τιμή με πλήρη τεχνική κάλυψη."), publicPage);
    assertTrue(publicPage.contains("Επιχείρηση call-sealed-second"), publicPage);
    assertFalse(publicPage.contains(secondNote), "the winner's note stays between the parties");
    var again =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":" + secondId + ",\"reason\":\"ξανά\"}",
                staff.token());
    assertEquals(409, again.statusCode());
  }

  private static List<Long> ids(java.net.http.HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return Client.json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }

  private static void assertSealed(String body, String where, long... prices) {
    assertFalse(body.contains(SECRET_NOTE), where + " shows an offer's note: " + body);
    for (long price : prices) {
      String grouped =
          java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("el")).format(price);
      assertFalse(
          body.contains(String.valueOf(price)) || body.contains(grouped),
          where + " shows a price: " + body);
    }
  }

  @Test
  void aJointOfferNamesEligiblePartnersWhoAccept() throws Exception {
    Organiser staff = Organiser.of(base, "call-joint");
    Member lead = Member.of(base, "call-joint-lead", true);
    Member partner = Member.of(base, "call-joint-partner", true);
    Member cooperative = Member.of(base, "call-joint-coop", true);
    Database.update(
        "UPDATE enterprise SET legal_form = 'WORKER_COOPERATIVE' WHERE id = ?",
        cooperative.enterpriseId());
    Thread.sleep(2100); // each node caches an enterprise for 2 s
    long id = published(staff, "Κοινή προσφορά", RESERVED);
    var ineligible =
        lead.client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                "{\"price\":\"5000\",\"partners\":[" + cooperative.enterpriseId() + "]}",
                lead.token());
    assertEquals(400, ineligible.statusCode(), ineligible.body());
    assertEquals("partners", Client.json(ineligible).getString("field"));
    var cooperativeItself =
        cooperative
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("5000", ""), cooperative.token());
    assertEquals(403, cooperativeItself.statusCode());
    assertTrue(
        Client.json(cooperativeItself).getString("message").contains("Συνεταιρισμός Εργαζομένων"),
        cooperativeItself.body());

    var joint =
        lead.client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                "{\"price\":\"5000\",\"partners\":[" + partner.enterpriseId() + "]}",
                lead.token());
    assertEquals(201, joint.statusCode(), joint.body());
    long offerId = Client.json(joint).getJsonNumber("id").longValue();
    assertFalse(
        Client.json(joint).getJsonArray("partners").getJsonObject(0).getBoolean("accepted"));
    var partnerView = partner.client().getJson("/api/v1/me/offers", partner.token());
    assertTrue(partnerView.body().contains("\"id\":" + offerId + ","), partnerView.body());
    assertEquals(
        404,
        cooperative
            .client()
            .postJson("/api/v1/me/offers/" + offerId + "/accept", "{}", cooperative.token())
            .statusCode());
    var accepted =
        partner
            .client()
            .postJson("/api/v1/me/offers/" + offerId + "/accept", "{}", partner.token());
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertTrue(
        Client.json(accepted).getJsonArray("partners").getJsonObject(0).getBoolean("accepted"));
  }

  @Test
  void anEnterpriseStandsInOneOfferAndAJointOfferIsAwardedOnlyOnceEveryPartnerAccepted()
      throws Exception {
    Organiser staff = Organiser.of(base, "call-one-each");
    Member lead = Member.of(base, "call-one-lead", true);
    Member partner = Member.of(base, "call-one-partner", true);
    long id = published(staff, "Μία προσφορά η καθεμία", RESERVED);
    var joint =
        lead.client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                "{\"price\":\"7000\",\"partners\":[" + partner.enterpriseId() + "]}",
                lead.token());
    assertEquals(201, joint.statusCode(), joint.body());
    long offerId = Client.json(joint).getJsonNumber("id").longValue();

    var alone =
        partner
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("6500", ""), partner.token());
    assertEquals(409, alone.statusCode(), "a named partner cannot also offer: " + alone.body());
    assertEquals(
        200,
        partner
            .client()
            .postJson("/api/v1/me/offers/" + offerId + "/accept", "{}", partner.token())
            .statusCode());
    var replaced =
        lead.client()
            .postJson(
                "/api/v1/calls/" + id + "/offers",
                "{\"price\":\"9000\",\"partners\":[" + partner.enterpriseId() + "]}",
                lead.token());
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertFalse(
        Client.json(replaced).getJsonArray("partners").getJsonObject(0).getBoolean("accepted"),
        "a new price is accepted again");

    pastDeadline(id);
    var award =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":" + offerId + ",\"reason\":\"Η μόνη προσφορά.\"}",
                staff.token());
    assertEquals(409, award.statusCode(), "not every partner accepted: " + award.body());
  }

  @Test
  void theAwardAndACancellationAreMailedToEveryEnterpriseInAnOfferPartnersToo() throws Exception {
    Organiser staff = Organiser.of(base, "call-told");
    Member lead = Member.of(base, "call-told-lead", true);
    Member partner = Member.of(base, "call-told-partner", true);
    Member solo = Member.of(base, "call-told-solo", true);
    Member quitter = Member.of(base, "call-told-quitter", true);
    Database.update("UPDATE user_account SET language = 'en' WHERE email = ?", solo.email());

    long awarded = published(staff, "Πρόσκληση ανάθεσης με μέιλ", RESERVED);
    var joint =
        lead.client()
            .postJson(
                "/api/v1/calls/" + awarded + "/offers",
                "{\"price\":\"7400.50\",\"partners\":[" + partner.enterpriseId() + "]}",
                lead.token());
    assertEquals(201, joint.statusCode(), joint.body());
    long jointId = Client.json(joint).getJsonNumber("id").longValue();
    assertEquals(
        200,
        partner
            .client()
            .postJson("/api/v1/me/offers/" + jointId + "/accept", "{}", partner.token())
            .statusCode());
    assertEquals(
        201,
        solo.client()
            .postJson("/api/v1/calls/" + awarded + "/offers", offer("7100.00", ""), solo.token())
            .statusCode());
    var quit =
        quitter
            .client()
            .postJson(
                "/api/v1/calls/" + awarded + "/offers", offer("6900.00", ""), quitter.token());
    long quitId = Client.json(quit).getJsonNumber("id").longValue();
    assertEquals(
        200, quitter.client().delete("/api/v1/me/offers/" + quitId, quitter.token()).statusCode());
    pastDeadline(awarded);
    assertEquals(
        200,
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + awarded + "/award",
                "{\"offerId\":" + jointId + ",\"reason\":\"Πλήρης κάλυψη.\"}",
                staff.token())
            .statusCode());
    for (Member side : List.of(lead, partner)) {
      var won = Mailbox.withSubject(side.email(), "Η προσφορά σας επιλέχθηκε");
      assertEquals(1, won.size(), side.email());
      String body = Mailbox.body(won.get(0));
      assertTrue(
          body.contains("Επιχείρηση call-told-lead μαζί με Επιχείρηση call-told-partner"), body);
      assertTrue(body.contains("7.400,50"), body);
      assertTrue(body.contains("/calls/" + awarded), body);
    }
    var told = Mailbox.withSubject(solo.email(), "Call awarded: Πρόσκληση ανάθεσης με μέιλ (en)");
    assertEquals(1, told.size());
    String soloBody = Mailbox.body(told.get(0));
    assertTrue(
        soloBody.contains("Επιχείρηση call-told-lead with Επιχείρηση call-told-partner"), soloBody);
    assertTrue(soloBody.contains("7,400.50"), soloBody);
    assertTrue(soloBody.contains("Πλήρης κάλυψη."), soloBody);
    assertTrue(
        Mailbox.withSubject(quitter.email(), "Ανάθεση πρόσκλησης").isEmpty(),
        "a withdrawn offer is no longer in");

    long cancelled = published(staff, "Πρόσκληση ακύρωσης με μέιλ", RESERVED);
    assertEquals(
        201,
        solo.client()
            .postJson("/api/v1/calls/" + cancelled + "/offers", offer("5432.10", ""), solo.token())
            .statusCode());
    var jointAgain =
        lead.client()
            .postJson(
                "/api/v1/calls/" + cancelled + "/offers",
                "{\"price\":\"5999.00\",\"partners\":[" + partner.enterpriseId() + "]}",
                lead.token());
    assertEquals(201, jointAgain.statusCode(), jointAgain.body());
    assertEquals(
        200,
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + cancelled + "/cancel",
                "{\"reason\":\"Ο προϋπολογισμός δεν εγκρίθηκε.\"}",
                staff.token())
            .statusCode());
    for (Member side : List.of(lead, partner)) {
      var mails = Mailbox.withSubject(side.email(), "Ακύρωση πρόσκλησης");
      assertEquals(1, mails.size(), side.email());
      String body = Mailbox.body(mails.get(0));
      assertTrue(body.contains("Ο προϋπολογισμός δεν εγκρίθηκε."), body);
      assertTrue(body.contains("/calls/" + cancelled), body);
      assertFalse(body.contains("5432") || body.contains("5.432"), "another's price: " + body);
    }
    var soloCancelled = Mailbox.withSubject(solo.email(), "Call cancelled");
    assertEquals(1, soloCancelled.size());
    String soloCancelBody = Mailbox.body(soloCancelled.get(0));
    assertTrue(soloCancelBody.contains("/calls/" + cancelled), soloCancelBody);
    assertFalse(
        soloCancelBody.contains("5999") || soloCancelBody.contains("5,999"),
        "another's price: " + soloCancelBody);
    assertTrue(
        Mailbox.withSubject(quitter.email(), "Ακύρωση πρόσκλησης").isEmpty(),
        "an enterprise without an offer is not told");
  }

  @Test
  void aDraftCannotBeCancelledIntoPublicView() throws Exception {
    Organiser staff = Organiser.of(base, "call-draft-cancel");
    var created =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson("Πρόχειρη πρόσκληση", "services/cleaning", RESERVED),
                staff.token());
    long id = Client.json(created).getJsonNumber("id").longValue();
    var cancelled =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/cancel",
                "{\"reason\":\"Δεν χρειάζεται πια.\"}",
                staff.token());
    assertEquals(409, cancelled.statusCode(), cancelled.body());
    assertEquals(404, new Client(base).get("/api/v1/calls/" + id).statusCode());
  }

  @Test
  void aCallsDocumentsArePublicAndAnOffersStaySealedUntilTheDeadlineThenTheAwardIsAnOrderOnAccount()
      throws Exception {
    Organiser staff = Organiser.of(base, "call-documents");
    Member bidder = Member.of(base, "call-documents-bidder", true);
    Member rival = Member.of(base, "call-documents-rival", true);
    var created =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls",
                callJson("Πρόσκληση με έγγραφα", "services/cleaning", RESERVED),
                staff.token());
    long id = Client.json(created).getJsonNumber("id").longValue();
    var terms =
        staff
            .client()
            .postBytes(
                "/api/v1/organiser/calls/" + id + "/documents?name=Τεχνικές%20προδιαγραφές.pdf",
                Documents.pdf("Τεχνικές προδιαγραφές"),
                "application/pdf",
                staff.token());
    assertEquals(201, terms.statusCode(), terms.body());
    String termsUrl = Client.json(terms).getString("url");
    // a draft's documents are its staff's; a stranger's upload is refused
    assertEquals(404, new Client(base).getBytes(termsUrl).statusCode());
    assertEquals(
        403,
        bidder
            .client()
            .postBytes(
                "/api/v1/organiser/calls/" + id + "/documents?name=x.pdf",
                Documents.pdf("x"),
                "application/pdf",
                bidder.token())
            .statusCode());
    var scratch =
        staff
            .client()
            .postBytes(
                "/api/v1/organiser/calls/" + id + "/documents?name=scratch.pdf",
                Documents.pdf("πρόχειρο"),
                "application/pdf",
                staff.token());
    long scratchId = Client.json(scratch).getJsonNumber("id").longValue();
    assertEquals(
        204,
        staff
            .client()
            .delete("/api/v1/organiser/calls/" + id + "/documents/" + scratchId, staff.token())
            .statusCode());
    staff.client().postJson("/api/v1/organiser/calls/" + id + "/publish", "{}", staff.token());
    // published: public, listed on the call, and it stays
    var download = new Client(base).getBytes(termsUrl);
    assertEquals(200, download.statusCode());
    assertTrue(new String(download.body(), 0, 5).startsWith("%PDF-"));
    JsonObject call = Client.json(new Client(base).get("/api/v1/calls/" + id));
    assertEquals(1, call.getJsonArray("documents").size());
    assertEquals(
        "Τεχνικές προδιαγραφές.pdf",
        call.getJsonArray("documents").getJsonObject(0).getString("name"));
    assertTrue(
        new Client(base).browse("/calls/" + id).body().contains("Τεχνικές προδιαγραφές.pdf"));
    long termsId = call.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        409,
        staff
            .client()
            .delete("/api/v1/organiser/calls/" + id + "/documents/" + termsId, staff.token())
            .statusCode());

    // an offer's document: sealed at rest, read by its enterprise only until the deadline
    String secret = "Οικονομική-προσφορά-" + id;
    var offered =
        bidder
            .client()
            .postJson(
                "/api/v1/calls/" + id + "/offers", offer("2400.00", "Με έγγραφα"), bidder.token());
    long offerId = Client.json(offered).getJsonNumber("id").longValue();
    assertEquals(
        201,
        rival
            .client()
            .postJson("/api/v1/calls/" + id + "/offers", offer("2600.00", "Άλλη"), rival.token())
            .statusCode());
    byte[] pdf = Documents.pdf(secret);
    var added =
        bidder
            .client()
            .postBytes(
                "/api/v1/me/offers/" + offerId + "/documents?name=" + secret + ".pdf",
                pdf,
                "application/pdf",
                bidder.token());
    assertEquals(201, added.statusCode(), added.body());
    String ownUrl = Client.json(added).getString("url");
    long documentId = Client.json(added).getJsonNumber("id").longValue();
    assertEquals(
        404,
        rival
            .client()
            .postBytes(
                "/api/v1/me/offers/" + offerId + "/documents?name=x.pdf",
                Documents.pdf("x"),
                "application/pdf",
                rival.token())
            .statusCode());
    byte[] stored =
        (byte[])
            Database.value("SELECT content_sealed FROM offer_document WHERE id = " + documentId);
    byte[] storedName =
        (byte[]) Database.value("SELECT name_sealed FROM offer_document WHERE id = " + documentId);
    assertFalse(
        new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"),
        "the document is encrypted at rest");
    assertFalse(
        new String(storedName, java.nio.charset.StandardCharsets.UTF_8).contains(secret),
        "so is its name");
    var own = bidder.client().getBytes(ownUrl, "Authorization", "Bearer " + bidder.token());
    assertEquals(200, own.statusCode());
    assertTrue(java.util.Arrays.equals(pdf, own.body()), "it opens as it was sent");
    assertEquals(
        404,
        rival.client().getBytes(ownUrl, "Authorization", "Bearer " + rival.token()).statusCode());
    String staffUrl =
        "/api/v1/organiser/calls/" + id + "/offers/" + offerId + "/documents/" + documentId;
    assertEquals(
        409,
        staff.client().getBytes(staffUrl, "Authorization", "Bearer " + staff.token()).statusCode());
    String admin = People.adminToken(base);
    assertTrue(
        new Client(base).getBytes(staffUrl, "Authorization", "Bearer " + admin).statusCode()
            >= 403);
    for (String path : List.of("/api/v1/calls/" + id, "/api/v1/organiser/calls/" + id)) {
      assertFalse(staff.client().getJson(path, staff.token()).body().contains(secret), path);
    }
    assertFalse(
        staff.client().browse("/dashboard/calls?id=" + id).body().contains(secret), "dashboard");

    pastDeadline(id);
    assertEquals(
        409,
        bidder
            .client()
            .postBytes(
                "/api/v1/me/offers/" + offerId + "/documents?name=late.pdf",
                Documents.pdf("late"),
                "application/pdf",
                bidder.token())
            .statusCode());
    var offers = staff.client().getJson("/api/v1/organiser/calls/" + id + "/offers", staff.token());
    JsonObject first = Client.json(offers).getJsonArray("items").getJsonObject(0);
    assertEquals(
        secret + ".pdf", first.getJsonArray("documents").getJsonObject(0).getString("name"));
    var unsealed = staff.client().getBytes(staffUrl, "Authorization", "Bearer " + staff.token());
    assertEquals(200, unsealed.statusCode());
    assertTrue(java.util.Arrays.equals(pdf, unsealed.body()));
    assertTrue(staff.client().browse("/dashboard/calls?id=" + id).body().contains(secret + ".pdf"));

    // the award, with the body's details, becomes its order on account from the winner
    var wrongAfm =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                "{\"offerId\":" + offerId + ",\"reason\":\"Τιμή\",\"afm\":\"123456789\"}",
                staff.token());
    assertEquals(400, wrongAfm.statusCode(), wrongAfm.body());
    assertEquals("afm", Client.json(wrongAfm).getString("field"));
    var awarded =
        staff
            .client()
            .postJson(
                "/api/v1/organiser/calls/" + id + "/award",
                """
                {"offerId":%d,"reason":"Χαμηλότερη τιμή","afm":"090153025","doy":"Α' Χανίων",
                 "reference":"ΑΔΑ-6Ψ2Κ46ΜΤΛΡ-ΞΖΩ","vatRate":24}
                """
                    .formatted(offerId),
                staff.token());
    assertEquals(200, awarded.statusCode(), awarded.body());
    var staffCall =
        Client.json(staff.client().getJson("/api/v1/organiser/calls/" + id, staff.token()));
    long orderId = staffCall.getJsonNumber("awardOrderId").longValue();
    assertEquals(
        "090153025|Α' Χανίων|ΑΔΑ-6Ψ2Κ46ΜΤΛΡ-ΞΖΩ|BANK_TRANSFER|2400.00|" + bidder.enterpriseId(),
        Database.value(
            "SELECT CONCAT_WS('|', o.buyer_afm, o.buyer_doy, o.buyer_reference, o.manual_kind,"
                + " o.total, p.enterprise_id) FROM customer_order o JOIN order_part p ON"
                + " p.order_id = o.id WHERE o.id = "
                + orderId));
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM customer_order WHERE id = "
                        + orderId
                        + " AND payment_due_at > NOW() + INTERVAL 50 DAY"))
            .longValue(),
        "paid on account within the public-body terms");
    assertTrue(
        staff.client().browse("/dashboard/calls?id=" + id).body().contains("/order?ref="),
        "the dashboard links the order");
  }
}
