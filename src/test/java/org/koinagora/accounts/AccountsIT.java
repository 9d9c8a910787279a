package org.koinagora.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.Race;

/** Registering, signing in and out, throttling, resets, tokens, export and deletion. */
class AccountsIT extends DeployedWarIT {

  @Test
  void aNewAccountIsSignedInAndCanSignOut() {
    String email = People.newEmail("maria");
    Client maria = People.register(base, email, "Μαρία Παπά");

    var account = maria.browse("/account");
    assertEquals(200, account.statusCode());
    assertTrue(account.body().contains(email), "the account page shows the email");

    var afterLogout = maria.postForm("/logout", Map.of());
    assertEquals(302, afterLogout.statusCode());
    var again = maria.get("/account");
    assertEquals(302, again.statusCode());
    assertTrue(Client.location(again).contains("/login?next=%2Faccount"));
  }

  @Test
  void signingInWithTheFormGivesANewSessionIdAndReachesTheAccount() {
    String email = People.newEmail("nikos");
    People.register(base, email, "Νίκος");
    Client visitor = new Client(base);
    visitor.browse("/login");
    String before = visitor.cookie("KOINAGORA_SESSION");
    var page =
        visitor.submit(
            "/login?next=/account",
            "form",
            Map.of("email", email, "password", People.PASSWORD),
            "submit");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(email), "landed on the account page");
    String after = visitor.cookie("KOINAGORA_SESSION");
    assertTrue(before != null && after != null);
    assertNotEquals(before, after, "a session id planted before sign-in is worthless after it");
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    String email = People.newEmail("eleni");
    People.register(base, email, "Ελένη");
    var wrongPassword =
        new Client(base)
            .submit(
                "/login",
                "form",
                Map.of("email", email, "password", "not the password!"),
                "submit");
    var unknownEmail =
        new Client(base)
            .submit(
                "/login",
                "form",
                Map.of("email", People.newEmail("nobody"), "password", "not the password!"),
                "submit");
    assertEquals(200, wrongPassword.statusCode());
    assertTrue(wrongPassword.body().contains("Το email ή ο κωδικός δεν είναι σωστά."));
    assertEquals(errorText(wrongPassword.body()), errorText(unknownEmail.body()));
  }

  @Test
  void repeatedFailuresBlockTheAccountEvenWithTheRightPassword() {
    String email = People.newEmail("kostas");
    People.register(base, email, "Κώστας");
    for (int attempt = 1; attempt <= 5; attempt++) {
      var response = tokenRequest(new Client(base), email, "wrong password " + attempt);
      assertEquals(401, response.statusCode(), "attempt " + attempt);
      assertEquals("invalid_credentials", Client.json(response).getString("error"));
    }
    var blocked = tokenRequest(new Client(base), email, People.PASSWORD);
    assertEquals(429, blocked.statusCode());
    assertEquals("too_many_attempts", Client.json(blocked).getString("error"));

    var form =
        new Client(base)
            .submit(
                "/login", "form", Map.of("email", email, "password", People.PASSWORD), "submit");
    assertTrue(
        form.body().contains("Πάρα πολλές αποτυχημένες προσπάθειες"), "the form says so too");
  }

  @Test
  void oneClientTryingManyAccountsIsBlocked() {
    Client attacker = new Client(base);
    int blockedAt = -1;
    for (int attempt = 1; attempt <= 25 && blockedAt < 0; attempt++) {
      var response = tokenRequest(attacker, People.newEmail("guess"), "guessing " + attempt);
      if (response.statusCode() == 429) {
        blockedAt = attempt;
      } else {
        assertEquals(401, response.statusCode());
      }
    }
    assertEquals(21, blockedAt, "20 failures are allowed per client, the 21st attempt is refused");
  }

  @Test
  void passwordsAreStoredAsPbkdf2WithSixHundredThousandIterations() throws Exception {
    String email = People.newEmail("hash");
    People.register(base, email, "Hash");
    String stored =
        (String) Database.value("SELECT password_hash FROM user_account WHERE email = ?", email);
    assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
    assertFalse(stored.contains(People.PASSWORD));
  }

  @Test
  void aForgottenPasswordIsResetByAMailedLinkThatWorksOnce() throws Exception {
    String email = People.newEmail("reset");
    People.register(base, email, "Reset");
    var sent =
        new Client(base).submit("/forgot-password", "form", Map.of("email", email), "submit");
    assertEquals(200, sent.statusCode());

    var mails = Mailbox.to(email, 1);
    assertEquals(1, mails.size(), "one reset mail");
    var link =
        Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)")
            .matcher(Mailbox.body(mails.get(0)));
    assertTrue(link.find(), Mailbox.body(mails.get(0)));
    String resetPage = "/reset-password?token=" + link.group(1);
    String newPassword = "a brand new password";

    var done =
        new Client(base)
            .submit(
                resetPage,
                "form",
                Map.of("newPassword", newPassword, "passwordRepeat", newPassword),
                "submit");
    assertTrue(done.body().contains("Ο κωδικός σας άλλαξε"), done.body());
    assertEquals(200, tokenRequest(new Client(base), email, newPassword).statusCode());
    assertEquals(401, tokenRequest(new Client(base), email, People.PASSWORD).statusCode());

    var reused =
        new Client(base)
            .submit(
                resetPage,
                "form",
                Map.of(
                    "newPassword",
                    "yet another password",
                    "passwordRepeat",
                    "yet another password"),
                "submit");
    assertTrue(reused.body().contains("Ο σύνδεσμος δεν ισχύει πια"), "a used link is refused");
  }

  @Test
  void oneResetLinkUsedTwiceAtOnceChangesThePasswordOnceAndTheOtherIsToldWhy() throws Exception {
    String email = People.newEmail("reset-race");
    People.register(base, email, "Reset race");
    new Client(base).submit("/forgot-password", "form", Map.of("email", email), "submit");
    var link =
        Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)")
            .matcher(Mailbox.body(Mailbox.to(email, 1).get(0)));
    assertTrue(link.find());
    String newPassword = "a password chosen twice";
    var post =
        new Client(base)
            .prepare(
                "/reset-password?token=" + link.group(1),
                "form",
                Map.of("newPassword", newPassword, "passwordRepeat", newPassword),
                "submit");

    List<Integer> statuses = Race.statuses(2, post);
    assertEquals(
        1,
        statuses.stream().filter(status -> status == 302 || status == 303).count(),
        "one use wins: " + statuses);
    assertEquals(
        1,
        statuses.stream().filter(status -> status == 200).count(),
        "the other is told the link is used, on the page: " + statuses);
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM password_reset r JOIN user_account a ON a.id = r.user_id"
                        + " WHERE a.email = ? AND r.used_at IS NOT NULL",
                    email))
            .longValue());
    assertEquals(200, tokenRequest(new Client(base), email, newPassword).statusCode());
  }

  @Test
  void aResetRequestForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
    String unknown = People.newEmail("ghost");
    var page =
        new Client(base).submit("/forgot-password", "form", Map.of("email", unknown), "submit");
    assertTrue(page.body().contains("Αν το email ανήκει σε λογαριασμό"));
    assertEquals(0, Mailbox.to(unknown, 1).size());
  }

  @Test
  void apiTokensAreIssuedStoredHashedListedAndRevoked() throws Exception {
    String email = People.newEmail("token");
    Client client = People.register(base, email, "Token");
    String token = People.token(client, email, People.PASSWORD);

    var me = client.getJson("/api/v1/me", token);
    assertEquals(200, me.statusCode());
    assertEquals(email, Client.json(me).getString("email"));
    assertEquals(
        0L,
        ((Number) Database.value("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", token))
            .longValue(),
        "the token itself is never stored");

    var list =
        Client.parse(new Client(base).getJson("/api/v1/me/tokens", token).body()).asJsonArray();
    assertEquals(1, list.size());
    long id = list.getJsonObject(0).getJsonNumber("id").longValue();

    String strangerEmail = People.newEmail("stranger");
    Client stranger = People.register(base, strangerEmail, "Stranger");
    String strangerToken = People.token(stranger, strangerEmail, People.PASSWORD);
    assertEquals(
        404,
        stranger.delete("/api/v1/me/tokens/" + id, strangerToken).statusCode(),
        "nobody else can revoke it");
    assertEquals(200, new Client(base).getJson("/api/v1/me", token).statusCode());

    assertEquals(204, client.delete("/api/v1/me/tokens/" + id, token).statusCode());
    var revoked = new Client(base).getJson("/api/v1/me", token);
    assertEquals(401, revoked.statusCode());
    assertEquals("unauthorized", Client.json(revoked).getString("error"));
  }

  @Test
  void myDataCanBeDownloadedAndMyAccountDeleted() throws Exception {
    String email = People.newEmail("gdpr");
    Client client = People.register(base, email, "Γιάννης Δεδομένων");
    String token = People.token(client, email, People.PASSWORD);

    var export = client.get("/api/v1/me/export");
    assertEquals(200, export.statusCode());
    var data = Client.json(export);
    assertEquals(email, data.getJsonObject("account").getString("email"));
    assertEquals("Γιάννης Δεδομένων", data.getJsonObject("account").getString("name"));
    assertEquals(1, data.getJsonArray("apiTokens").size());

    var wrong =
        client.submit("/account", "delete", Map.of("password", "not my password!"), "confirm");
    assertTrue(wrong.body().contains("Ο τρέχων κωδικός δεν είναι σωστός"));
    assertEquals(
        1L, count("SELECT COUNT(*) FROM user_account WHERE email = ?", email), "nothing deleted");

    var deleted =
        client.submit("/account", "delete", Map.of("password", People.PASSWORD), "confirm");
    assertEquals(200, deleted.statusCode());
    assertTrue(deleted.body().contains("Ο λογαριασμός σας διαγράφηκε"));
    assertEquals(0L, count("SELECT COUNT(*) FROM user_account WHERE email = ?", email));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM user_account WHERE name = ?", "Γιάννης Δεδομένων"));
    assertEquals(
        401,
        new Client(base).getJson("/api/v1/me", token).statusCode(),
        "tokens die with the account");
    assertEquals(401, tokenRequest(new Client(base), email, People.PASSWORD).statusCode());
  }

  @Test
  void onlyAdminsReachTheAdministration() {
    Client buyer = People.register(base, People.newEmail("buyer"), "Buyer");
    assertEquals(403, buyer.get("/admin").statusCode());
    assertTrue(buyer.get("/admin").body().contains("Δεν επιτρέπεται η πρόσβαση"));
    var anonymous = new Client(base).get("/admin");
    assertEquals(302, anonymous.statusCode());

    Client admin = new Client(base);
    admin.submit(
        "/login?next=/admin",
        "form",
        Map.of("email", People.ADMIN_EMAIL, "password", People.ADMIN_PASSWORD),
        "submit");
    assertEquals(200, admin.get("/admin").statusCode());
  }

  @Test
  void registrationRefusesShortPasswordsNextToTheField() {
    String email = People.newEmail("short");
    var page =
        new Client(base)
            .submit(
                "/register",
                "form",
                Map.of(
                    "email",
                    email,
                    "name",
                    "Short",
                    "password",
                    "too short",
                    "passwordRepeat",
                    "too short"),
                "submit");
    assertTrue(
        page.body().contains("Ο κωδικός πρέπει να έχει από 12 έως 200 χαρακτήρες."), page.body());
    assertTrue(page.body().contains("value=\"" + email + "\""), "what was typed is kept");
  }

  private static HttpResponse<String> tokenRequest(Client client, String email, String password) {
    return client.postJson(
        "/api/v1/auth/token",
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
        null);
  }

  private static String errorText(String html) {
    var matcher = Pattern.compile("message-error[^>]*>\\s*([^<]+?)\\s*<").matcher(html);
    assertTrue(matcher.find(), "an error message is shown");
    return matcher.group(1);
  }

  private static long count(String sql, Object... parameters) throws Exception {
    return ((Number) Database.value(sql, parameters)).longValue();
  }
}
