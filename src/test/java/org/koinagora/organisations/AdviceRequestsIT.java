package org.koinagora.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;

/**
 * A group asks a support centre for advice from its page or the API; the centre's staff (and only
 * they) read and answer it; the requester follows the thread through the mailed private link, whose
 * every new mail replaces the last; each message mails the other side.
 */
class AdviceRequestsIT extends DeployedWarIT {

  private static final Pattern LINK = Pattern.compile("/advice/(\\d+)\\?token=([A-Za-z0-9_-]+)");

  /** A support centre with a staff member (signed in) and a colleague on its staff. */
  private record Centre(long id, Organiser staff, String colleague) {}

  private Centre centre(String who) throws Exception {
    Organiser staff = Organiser.of(base, who);
    Database.update(
        "UPDATE organisation SET kind = 'SUPPORT_CENTRE', name_el = ? WHERE id = ?",
        "Κέντρο Στήριξης " + who,
        staff.municipalityId());
    String colleague = People.newEmail(who + "-colleague");
    People.register(base, colleague, "Συνάδελφος " + who);
    Database.update(
        "INSERT INTO organisation_staff (organisation_id, user_id) SELECT ?, id FROM user_account"
            + " WHERE email = ?",
        staff.municipalityId(),
        colleague);
    return new Centre(staff.municipalityId(), staff, colleague);
  }

  private static Map<String, String> form(String name, String email, String message) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("groupName", "Ομάδα " + name);
    fields.put("name", name);
    fields.put("email", email);
    fields.put("region", "EPIRUS");
    fields.put("legalForm", "KOINSEP");
    fields.put("message", message);
    return fields;
  }

  private static String json(String name, String email, String message) {
    return """
    {"groupName":"Ομάδα %s","name":"%s","email":"%s","region":"EPIRUS","legalForm":"KOINSEP",
     "message":"%s"}
    """
        .formatted(name, name, email, message);
  }

  /** The newest private link mailed to {@code email}, after {@code count} mails. */
  private static Matcher link(String email, int count) throws Exception {
    var mails = Mailbox.to(email, count);
    assertEquals(count, mails.size(), "mails to " + email);
    String body = Mailbox.body(mails.get(count - 1));
    assertTrue(body.contains("&lang=el"), "the link opens in the language they asked in");
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    return link;
  }

  @Test
  void aVisitorAsksTheCentreAnswersTheVisitorRepliesByTheLinkAndStaffClose() throws Exception {
    Centre centre = centre("advice-page");
    String page = "/organisations/" + centre.id();
    String visitor = People.newEmail("advice-visitor");
    var asked =
        new Client(base)
            .submit(
                page,
                "advice",
                form("Μαρία Ιωάννου", visitor, "Θέλουμε να φτιάξουμε συνεταιρισμό αρτοποιίας."),
                "ask",
                Map.of("id", String.valueOf(centre.id())));
    assertEquals(200, asked.statusCode(), asked.body());
    assertTrue(asked.body().contains("Το αίτημά σας στάλθηκε"), asked.body());

    // the visitor gets the private link, both staff members the question
    Matcher first = link(visitor, 1);
    long id = Long.parseLong(first.group(1));
    String firstLink = first.group(0);
    for (String staff : List.of(centre.staff().email(), centre.colleague())) {
      var mails = Mailbox.withSubject(staff, "Αίτημα για συμβουλή από: Μαρία Ιωάννου");
      assertEquals(1, mails.size(), staff);
      String body = Mailbox.body(mails.get(0));
      assertTrue(body.contains("συνεταιρισμό αρτοποιίας") && body.contains("/advice/" + id), body);
      assertTrue(body.contains("Ήπειρος") && body.contains("Κοιν.Σ.Επ."), body);
    }

    // staff see it on their dashboard, open it and answer
    Client staff = centre.staff().client();
    String dashboard = staff.browse("/dashboard/municipality").body();
    assertTrue(
        dashboard.contains("/advice/" + id) && dashboard.contains("Ομάδα Μαρία Ιωάννου"),
        dashboard);
    String thread = "/advice/" + id;
    assertTrue(staff.browse(thread).body().contains("συνεταιρισμό αρτοποιίας"));
    var answered =
        staff.submit(
            thread,
            "reply",
            Map.of("body", "Ελάτε την Πέμπτη στο κέντρο."),
            "send",
            Map.of("id", String.valueOf(id)));
    assertTrue(answered.body().contains("Το μήνυμά σας στάλθηκε"), answered.body());
    assertTrue(answered.body().contains("Ελάτε την Πέμπτη στο κέντρο."), answered.body());

    // the visitor's new mail holds the answer and a new link, which replaces the first
    Matcher second = link(visitor, 2);
    String secondLink = second.group(0);
    assertNotEquals(firstLink, secondLink);
    String answerMail = Mailbox.body(Mailbox.to(visitor, 2).get(1));
    assertTrue(answerMail.contains("Ελάτε την Πέμπτη στο κέντρο."), answerMail);
    Client visitorClient = new Client(base);
    var old = visitorClient.get(firstLink);
    assertEquals(404, old.statusCode());
    assertTrue(old.body().contains("δεν ανοίγει πλέον"), old.body());
    var read = visitorClient.browse(secondLink);
    assertEquals(200, read.statusCode());
    assertTrue(read.body().contains("Ελάτε την Πέμπτη στο κέντρο."), read.body());
    assertTrue(
        read.body().contains("content=\"strict-origin\""),
        "the link does not leak through Referer");
    var replied =
        visitorClient.submit(
            secondLink,
            "reply",
            Map.of("body", "Ευχαριστούμε, θα έρθουμε."),
            "send",
            Map.of("id", String.valueOf(id), "token", second.group(2)));
    assertTrue(replied.body().contains("Ευχαριστούμε, θα έρθουμε."), replied.body());
    for (String member : List.of(centre.staff().email(), centre.colleague())) {
      var mails = Mailbox.withSubject(member, "Νέο μήνυμα από: Μαρία Ιωάννου");
      assertEquals(1, mails.size(), member);
      assertTrue(Mailbox.body(mails.get(0)).contains("Ευχαριστούμε, θα έρθουμε."));
    }
    assertTrue(
        staff.browse("/dashboard/municipality").body().contains("περιμένει την απάντησή σας"),
        "the dashboard says whose turn it is");

    // staff close it after being asked; nobody writes any more, both still read it
    var question = staff.browse(thread + "?confirm=close");
    assertTrue(question.body().contains("Να κλείσει το αίτημα;"), question.body());
    var closed =
        staff.submit(
            thread + "?confirm=close",
            "close-thread",
            Map.of(),
            "close-confirmed",
            Map.of("id", String.valueOf(id), "confirm", "close"));
    assertTrue(closed.body().contains("Το αίτημα έκλεισε."), closed.body());
    assertEquals("CLOSED", Database.value("SELECT status FROM advice_request WHERE id = ?", id));
    var afterClose = visitorClient.browse(secondLink);
    assertTrue(afterClose.body().contains("Το κέντρο έκλεισε αυτό το αίτημα"), afterClose.body());
    assertFalse(afterClose.body().contains("id=\"reply\""), "no reply form once closed");
    var late =
        visitorClient.postJson(
            "/api/v1/advice-requests/" + id + "/messages",
            "{\"body\":\"Ένα ακόμη\"}",
            null,
            "X-Advice-Token",
            second.group(2));
    assertEquals(409, late.statusCode(), late.body());
  }

  @Test
  void theApiGivesTheThreadOnlyToTheCentresStaffAndItsRequester() throws Exception {
    Centre centre = centre("advice-api");
    Client visitor = new Client(base);
    String email = People.newEmail("advice-api-visitor");
    var created =
        visitor.postJson(
            "/api/v1/organisations/" + centre.id() + "/advice-requests",
            json("Κώστας Νικολάου", email, "Ενεργειακή κοινότητα στο χωριό;"),
            null);
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals("/advice/" + id, Client.json(created).getString("url"));
    String token = link(email, 1).group(2);

    // the centre's staff list and read it, and answer
    var list =
        centre
            .staff()
            .client()
            .getJson(
                "/api/v1/organisations/" + centre.id() + "/advice-requests",
                centre.staff().token());
    assertEquals(200, list.statusCode(), list.body());
    JsonObject item = Client.parse(list.body()).asJsonArray().getJsonObject(0);
    assertEquals(id, item.getJsonNumber("id").longValue());
    assertEquals("OPEN", item.getString("status"));
    assertEquals("REQUESTER", item.getString("lastAuthor"));
    var answer =
        centre
            .staff()
            .client()
            .postJson(
                "/api/v1/advice-requests/" + id + "/messages",
                "{\"body\":\"Ναι, γίνεται.\"}",
                centre.staff().token());
    assertEquals(201, answer.statusCode(), answer.body());
    assertEquals("STAFF", Client.json(answer).getString("author"));

    // another centre's staff: 403 everywhere, and nothing written
    Centre other = centre("advice-other");
    String otherToken = other.staff().token();
    Client otherClient = other.staff().client();
    assertEquals(
        403,
        otherClient
            .getJson("/api/v1/organisations/" + centre.id() + "/advice-requests", otherToken)
            .statusCode());
    assertEquals(
        403, otherClient.getJson("/api/v1/advice-requests/" + id, otherToken).statusCode());
    assertEquals(
        403,
        otherClient
            .postJson("/api/v1/advice-requests/" + id + "/messages", "{\"body\":\"x\"}", otherToken)
            .statusCode());
    assertEquals(
        403,
        otherClient.browse("/advice/" + id).statusCode(),
        "the page too: the access-denied page");
    // a visitor without the link: 401; with the replaced link: 404; with the newest: the thread
    assertEquals(401, new Client(base).getJson("/api/v1/advice-requests/" + id, null).statusCode());
    assertEquals(
        404,
        new Client(base)
            .get("/api/v1/advice-requests/" + id, "X-Advice-Token", token)
            .statusCode());
    String newest = link(email, 2).group(2);
    var thread = new Client(base).get("/api/v1/advice-requests/" + id, "X-Advice-Token", newest);
    assertEquals(200, thread.statusCode(), thread.body());
    var messages = Client.json(thread).getJsonArray("messages").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("REQUESTER", "STAFF"), messages.stream().map(m -> m.getString("author")).toList());
    assertEquals("Ναι, γίνεται.", messages.get(1).getString("body"));
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM advice_message WHERE request_id = ? AND author_kind ="
                        + " 'STAFF'",
                    id))
            .longValue(),
        "the other centre wrote nothing");
    assertNull(
        Database.value("SELECT requester_id FROM advice_request WHERE id = ?", id),
        "a visitor's request has no account");
  }

  @Test
  void aSignedInPersonAsksFromTheirAccountAndFindsTheThreadOnTheirAccountPage() throws Exception {
    Centre centre = centre("advice-account");
    String email = People.newEmail("advice-person");
    Client person = People.register(base, email, "Ελένη Δήμου");
    String token = People.token(person, email, People.PASSWORD);
    var created =
        person.postJson(
            "/api/v1/organisations/" + centre.id() + "/advice-requests",
            json("Ελένη Δήμου", "someone-else@example.org", "Κοινωνική κουζίνα;"),
            token);
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertEquals(
        email,
        Database.value("SELECT email FROM advice_request WHERE id = ?", id),
        "the account's address, whatever the body says");
    assertEquals(200, person.getJson("/api/v1/advice-requests/" + id, token).statusCode());
    String account = person.browse("/account").body();
    assertTrue(account.contains("/advice/" + id), account);
    assertTrue(person.browse("/advice/" + id).body().contains("Κοινωνική κουζίνα;"));

    // from the page: the form has no address field, and leads to the thread
    var page = person.browse("/organisations/" + centre.id()).body();
    assertFalse(page.contains("advice:email"), "the account's address is used");
    var asked =
        person.submit(
            "/organisations/" + centre.id(),
            "advice",
            Map.of("name", "Ελένη Δήμου", "region", "ATTICA", "message", "Και κάτι ακόμη."),
            "ask",
            Map.of("id", String.valueOf(centre.id())));
    assertTrue(asked.body().contains("Και κάτι ακόμη."), asked.body());
    assertTrue(asked.body().contains("Το αίτημά σας στάλθηκε στο κέντρο"), asked.body());

    // the export holds both requests; deleting the account erases them
    var export = person.getJson("/api/v1/me/export", token);
    var tables = Client.json(export).getJsonObject("tables");
    assertEquals(2, tables.getJsonArray("advice_request").size(), export.body());
    assertEquals(2, tables.getJsonArray("advice_message").size(), export.body());
    person.submit("/account", "delete", Map.of("password", People.PASSWORD), "confirm");
    assertEquals(
        0L,
        ((Number) Database.value("SELECT COUNT(*) FROM advice_request WHERE email = ?", email))
            .longValue());
  }

  @Test
  void onlySupportCentresTakeRequestsAndEmptyOrWrongFieldsAreNamed() throws Exception {
    Organiser municipality = Organiser.of(base, "advice-municipality");
    Client visitor = new Client(base);
    String valid = json("Άννα", People.newEmail("advice-refused"), "Ερώτηση");
    assertEquals(
        404,
        visitor
            .postJson(
                "/api/v1/organisations/" + municipality.municipalityId() + "/advice-requests",
                valid,
                null)
            .statusCode(),
        "a municipality gives no advice through Koinagora");
    assertEquals(
        404,
        visitor
            .postJson("/api/v1/organisations/999999999/advice-requests", valid, null)
            .statusCode());
    assertFalse(
        visitor
            .browse("/organisations/" + municipality.municipalityId())
            .body()
            .contains("id=\"advice\""),
        "no form on a municipality's page");

    Organiser unstaffed = Organiser.of(base, "advice-unstaffed");
    Database.update(
        "UPDATE organisation SET kind = 'SUPPORT_CENTRE' WHERE id = ?", unstaffed.municipalityId());
    Database.update(
        "DELETE FROM organisation_staff WHERE organisation_id = ?", unstaffed.municipalityId());
    var nobodyAnswers =
        visitor.postJson(
            "/api/v1/organisations/" + unstaffed.municipalityId() + "/advice-requests",
            valid,
            null);
    assertEquals(409, nobodyAnswers.statusCode(), "nobody would answer: " + nobodyAnswers.body());
    assertFalse(
        visitor
            .browse("/organisations/" + unstaffed.municipalityId())
            .body()
            .contains("id=\"advice\""),
        "no form on the page of a centre without staff");

    Centre centre = centre("advice-fields");
    String path = "/api/v1/organisations/" + centre.id() + "/advice-requests";
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("name", "{\"email\":\"a@example.org\",\"region\":\"EPIRUS\",\"message\":\"x\"}");
    wrong.put(
        "email",
        "{\"name\":\"Α\",\"email\":\"not-an-address\",\"region\":\"EPIRUS\",\"message\":\"x\"}");
    wrong.put("region", "{\"name\":\"Α\",\"email\":\"a@example.org\",\"message\":\"x\"}");
    wrong.put(
        "legalForm",
        "{\"name\":\"Α\",\"email\":\"a@example.org\",\"region\":\"EPIRUS\",\"legalForm\":\"BANK\","
            + "\"message\":\"x\"}");
    wrong.put(
        "message",
        "{\"name\":\"Α\",\"email\":\"a@example.org\",\"region\":\"EPIRUS\",\"message\":\" \"}");
    for (var entry : wrong.entrySet()) {
      var refused = visitor.postJson(path, entry.getValue(), null);
      assertEquals(400, refused.statusCode(), entry.getKey() + ": " + refused.body());
      assertEquals(entry.getKey(), Client.json(refused).getString("field"), refused.body());
    }
    var unknownRegion =
        visitor.postJson(
            path,
            "{\"name\":\"Α\",\"email\":\"a@example.org\",\"region\":\"ATLANTIS\",\"message\":\"x\"}",
            null);
    assertEquals("region", Client.json(unknownRegion).getString("field"));
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM advice_request WHERE organisation_id = ?", centre.id()))
            .longValue());

    // the page: empty, then a wrong address, each answered next to its field
    var empty =
        visitor.submit(
            "/organisations/" + centre.id(),
            "advice",
            Map.of("name", "", "email", "", "message", ""),
            "ask",
            Map.of("id", String.valueOf(centre.id())));
    assertEquals(200, empty.statusCode());
    for (String message :
        List.of(
            "Γράψτε το όνομά σας.",
            "Γράψτε τη διεύθυνση email σας",
            "Επιλέξτε την περιφέρειά σας.",
            "Γράψτε την ερώτησή σας.")) {
      assertTrue(empty.body().contains(message), message + "\n" + empty.body());
    }
    assertTrue(empty.body().contains("ui-message-error"), "next to the fields");
    var badEmail =
        visitor.submit(
            "/organisations/" + centre.id(),
            "advice",
            form("Άννα", "not-an-email", "Ερώτηση"),
            "ask",
            Map.of("id", String.valueOf(centre.id())));
    assertTrue(badEmail.body().contains("Η διεύθυνση email δεν είναι έγκυρη."), badEmail.body());
    assertTrue(badEmail.body().contains("Ερώτηση"), "what was typed stays");
  }

  @Test
  void theFormCannotMailOneAddressMoreThanThreeTimesAnHour() throws Exception {
    Centre centre = centre("advice-throttle");
    String path = "/api/v1/organisations/" + centre.id() + "/advice-requests";
    String target = People.newEmail("advice-target");
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201,
          new Client(base).postJson(path, json("Α", target, "Ερώτηση " + i), null).statusCode());
    }
    var fourth = new Client(base).postJson(path, json("Α", target, "Ερώτηση 4"), null);
    assertEquals(429, fourth.statusCode(), fourth.body());
    assertEquals("too_many_attempts", Client.json(fourth).getString("error"));
    assertEquals(
        3L,
        ((Number) Database.value("SELECT COUNT(*) FROM advice_request WHERE email = ?", target))
            .longValue());
    // one client: ten requests an hour, whatever the addresses
    Client spammer = new Client(base);
    for (int i = 0; i < 10; i++) {
      assertEquals(
          201,
          spammer
              .postJson(path, json("Β", People.newEmail("advice-many"), "Ε"), null)
              .statusCode());
    }
    assertEquals(
        429,
        spammer.postJson(path, json("Β", People.newEmail("advice-many"), "Ε"), null).statusCode());
  }
}
