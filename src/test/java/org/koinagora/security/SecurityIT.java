package org.koinagora.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.TestFairs;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;

/** What an outside security probe found, each kept fixed (issue 12). */
class SecurityIT extends DeployedWarIT {

  private static final String EVIL = "https://evil.example";

  /** An order of one listing, collected at the enterprise, paid by bank transfer. */
  private static String pickupOrder(long listing, String quantity) {
    return "{\"lines\":[{\"listingId\":"
        + listing
        + ",\"quantity\":"
        + quantity
        + "}],"
        + "\"fulfilment\":{\"method\":\"PICKUP_AT_ENTERPRISE\"},\"payment\":\"MANUAL\"}";
  }

  @Test
  void theSessionCookieAloneChangesNothingThroughTheApiFromAnotherSite() throws Exception {
    Member seller = Member.of(base, "csrf-seller", true);
    long honey = Listings.product(seller, "Μέλι CSRF", "6.00", 5);
    Buyer buyer = Buyer.of(base, "csrf-buyer");
    var placed = buyer.client().postJson("/api/v1/orders", pickupOrder(honey, "1"), buyer.token());
    assertEquals(201, placed.statusCode(), placed.body());
    long part =
        Client.parse(seller.client().getJson("/api/v1/me/sales", seller.token()).body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String paid = "/api/v1/me/sales/" + part + "/paid";
    Client cookieOnly =
        seller.client(); // signed in through the form: its session cookie, and no token sent

    // what a page on another site can send: a form or plain text, which the API does not read at
    // all
    assertEquals(
        415,
        cookieOnly
            .post(
                paid,
                "application/x-www-form-urlencoded",
                "a=b",
                "Origin",
                EVIL,
                "Sec-Fetch-Site",
                "cross-site")
            .statusCode());
    assertEquals(415, cookieOnly.post(paid, "text/plain", "{}", "Origin", EVIL).statusCode());
    // and JSON (a script's fetch), which the browser marks as another site's
    var json =
        cookieOnly.post(
            paid, "application/json", "{}", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
    assertEquals(403, json.statusCode(), json.body());
    assertEquals("cross_site", Client.json(json).getString("error"));
    assertEquals(
        403,
        cookieOnly.post(paid, "application/json", "{}", "Origin", EVIL).statusCode(),
        "an old browser: Origin only");
    assertEquals(
        403,
        cookieOnly.post(paid, "application/json", "{}").statusCode(),
        "nothing says it is this site's page");
    assertEquals(
        "AWAITING_PAYMENT",
        Database.value("SELECT status FROM order_part WHERE id = ?", part),
        "nothing changed");

    String own = base.getScheme() + "://" + base.getRawAuthority();
    var fromOwnPage =
        cookieOnly.post(
            paid, "application/json", "{}", "Origin", own, "Sec-Fetch-Site", "same-origin");
    assertEquals(200, fromOwnPage.statusCode(), fromOwnPage.body());
    assertEquals("PAID", Database.value("SELECT status FROM order_part WHERE id = ?", part));
  }

  @Test
  void anAdminsSessionCannotBeMadeToReconcileFromAnotherSite() {
    Client admin = new Client(base);
    admin.submit(
        "/login",
        "form",
        Map.of("email", People.ADMIN_EMAIL, "password", People.ADMIN_PASSWORD),
        "submit");
    assertEquals(200, admin.get("/admin").statusCode(), "signed in");
    assertEquals(
        415,
        admin
            .post("/api/v1/admin/search/reconcile", "text/plain", "", "Origin", EVIL)
            .statusCode());
    var reconcile =
        admin.post(
            "/api/v1/admin/search/reconcile",
            "application/json",
            "{}",
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(403, reconcile.statusCode(), reconcile.body());
  }

  @Test
  void everyApiBodyMustBeOfTheTypeItsEndpointReads() throws Exception {
    Member member = Member.of(base, "csrf-import", true);
    String csv = "title;price;vat\nΜέλι;5,00;13\n";
    var asText =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings/import",
                csv.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                member.token());
    assertEquals(415, asText.statusCode(), asText.body());
    var asForm =
        member
            .client()
            .postBytes(
                "/api/v1/me/listings",
                "title=x".getBytes(),
                "application/x-www-form-urlencoded",
                member.token());
    assertEquals(415, asForm.statusCode(), asForm.body());
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM listing WHERE enterprise_id = ?", member.enterpriseId()))
            .longValue());
  }

  @Test
  void theCartAndSignOutRefusePostsFromAnotherSite() {
    Buyer buyer = Buyer.of(base, "csrf-cart");
    var add =
        buyer
            .client()
            .post(
                "/cart/add",
                "application/x-www-form-urlencoded",
                "listing=1&quantity=1",
                "Origin",
                EVIL);
    assertEquals(403, add.statusCode());
    var logout =
        buyer
            .client()
            .post(
                "/logout", "application/x-www-form-urlencoded", "", "Sec-Fetch-Site", "cross-site");
    assertEquals(403, logout.statusCode());
    assertEquals(200, buyer.client().get("/account").statusCode(), "still signed in");
    assertFalse(buyer.client().hasCookie("koinagora_cart"), "no cart was started");
    assertTrue(buyer.client().get("/cart").body().contains("άδειο"), "and nothing is in it");
  }

  @Test
  void aResetEndsEveryOlderLinkEverySessionAndEveryToken() throws Exception {
    String email = People.newEmail("reset-ends");
    Client first = People.register(base, email, "Reset ends");
    Client second = signedIn(email, People.PASSWORD);
    String token = People.token(new Client(base), email, People.PASSWORD);
    for (int i = 0; i < 3; i++) {
      new Client(base).submit("/forgot-password", "form", Map.of("email", email), "submit");
    }
    List<String> links = new ArrayList<>();
    for (var mail : Mailbox.to(email, 3)) {
      var link =
          Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(Mailbox.body(mail));
      assertTrue(link.find());
      links.add("/reset-password?token=" + link.group(1));
    }
    String newPassword = "the newest link's password";
    var done =
        new Client(base)
            .submit(
                links.get(2),
                "form",
                Map.of("newPassword", newPassword, "passwordRepeat", newPassword),
                "submit");
    assertTrue(done.body().contains("Ο κωδικός σας άλλαξε"), done.body());

    var older =
        new Client(base)
            .submit(
                links.get(0),
                "form",
                Map.of(
                    "newPassword",
                    "an older link's password",
                    "passwordRepeat",
                    "an older link's password"),
                "submit");
    assertTrue(
        older.body().contains("Ο σύνδεσμος δεν ισχύει πια"), "an older, unused link ends too");
    assertEquals(302, first.get("/account").statusCode(), "the session that registered has ended");
    assertEquals(302, second.get("/account").statusCode(), "and the other one");
    assertEquals(401, new Client(base).getJson("/api/v1/me", token).statusCode(), "and the token");
    assertEquals(
        200,
        new Client(base)
            .getJson("/api/v1/me", People.token(new Client(base), email, newPassword))
            .statusCode(),
        "new tokens work");
  }

  @Test
  void aPasswordChangeKeepsThisBrowserAndEndsEveryOtherSignInAndToken() throws Exception {
    String email = People.newEmail("change-ends");
    Client here = People.register(base, email, "Change ends");
    Client elsewhere = signedIn(email, People.PASSWORD);
    String token = People.token(new Client(base), email, People.PASSWORD);
    String newPassword = "a changed password here";
    var changed =
        here.submit(
            "/account",
            "password",
            Map.of(
                "currentPassword",
                People.PASSWORD,
                "newPassword",
                newPassword,
                "newPasswordRepeat",
                newPassword),
            "change");
    assertTrue(
        changed.body().contains("Αποσυνδεθήκατε από κάθε άλλη συσκευή"),
        "told what ended: " + changed.body());
    assertEquals(200, here.get("/account").statusCode(), "this browser goes on");
    assertEquals(
        302, elsewhere.get("/account").statusCode(), "another browser's session has ended");
    assertEquals(
        401, new Client(base).getJson("/api/v1/me", token).statusCode(), "the token has ended");
    assertTrue(
        Mailbox.to(email, 1).stream()
            .anyMatch(mail -> Mailbox.subject(mail).contains("ο κωδικός σας άλλαξε")),
        "the owner is mailed");
  }

  @Test
  void aNewAccountSignsInAndMakesTokensOnlyOnceItsAddressIsConfirmed() throws Exception {
    String email = People.newEmail("unconfirmed");
    Client person = new Client(base);
    var sent =
        person.submit(
            "/register",
            "form",
            Map.of(
                "email",
                email,
                "name",
                "Ανεπιβεβαίωτη",
                "password",
                People.PASSWORD,
                "passwordRepeat",
                People.PASSWORD),
            "submit");
    assertTrue(sent.body().contains("Στείλαμε έναν σύνδεσμο στο " + email), sent.body());
    assertEquals(302, person.get("/account").statusCode(), "not signed in by registering");

    var token =
        person.postJson(
            "/api/v1/auth/token",
            "{\"email\":\"" + email + "\",\"password\":\"" + People.PASSWORD + "\"}",
            null);
    assertEquals(403, token.statusCode(), token.body());
    assertEquals("email_unconfirmed", Client.json(token).getString("error"));
    var login =
        person.submit(
            "/login", "form", Map.of("email", email, "password", People.PASSWORD), "submit");
    assertTrue(login.body().contains("Επιβεβαιώστε πρώτα τη διεύθυνσή σας"), login.body());
    assertEquals(302, person.get("/account").statusCode());
    assertEquals(
        1,
        Mailbox.confirmations(email, 2).size(),
        "refusals do not flood the mailbox: one link per quarter of an hour");

    String link = People.confirmationLink(email);
    assertEquals(200, new Client(base).get(link).statusCode());
    assertEquals(
        null,
        Database.value("SELECT email_confirmed_at FROM user_account WHERE email = ?", email),
        "opening the link (a mail scanner) confirms nothing");
    var confirmed = People.confirm(person, link);
    assertTrue(
        person.browse(Client.location(confirmed)).body().contains("Η διεύθυνσή σας επιβεβαιώθηκε"),
        "pressing its button does");
    var signedIn =
        person.submit(
            "/login?next=/account",
            "form",
            Map.of("email", email, "password", People.PASSWORD),
            "submit");
    assertTrue(signedIn.body().contains(email), "signed in, on the account page");
    assertTrue(
        People.confirm(new Client(base), link).body().contains("Ο σύνδεσμος δεν ισχύει πια"),
        "a link works once");
  }

  @Test
  void registeringATakenAddressAnswersAsForANewOneAndMailsItsOwner() throws Exception {
    String taken = People.newEmail("taken");
    People.register(base, taken, "Owner");
    String fresh = People.newEmail("fresh");
    var again =
        new Client(base)
            .submit(
                "/register",
                "form",
                Map.of(
                    "email",
                    taken,
                    "name",
                    "Someone else",
                    "password",
                    People.PASSWORD,
                    "passwordRepeat",
                    People.PASSWORD),
                "submit");
    var anew =
        new Client(base)
            .submit(
                "/register",
                "form",
                Map.of(
                    "email",
                    fresh,
                    "name",
                    "Someone new",
                    "password",
                    People.PASSWORD,
                    "passwordRepeat",
                    People.PASSWORD),
                "submit");
    assertEquals(anew.statusCode(), again.statusCode());
    assertEquals(
        mainText(anew.body()).replace(fresh, "@"),
        mainText(again.body()).replace(taken, "@"),
        "the same answer");
    assertTrue(
        Mailbox.to(taken, 1).stream()
            .anyMatch(mail -> Mailbox.subject(mail).contains("έχετε ήδη λογαριασμό")),
        "the owner is told");
    assertEquals(1, Mailbox.confirmations(taken, 2).size(), "no second account, no second link");
    assertEquals("Owner", Database.value("SELECT name FROM user_account WHERE email = ?", taken));
  }

  private Client signedIn(String email, String password) {
    Client client = new Client(base);
    var page =
        client.submit(
            "/login?next=/account", "form", Map.of("email", email, "password", password), "submit");
    assertTrue(page.body().contains(email), "signed in");
    return client;
  }

  private static String mainText(String html) {
    var main = Pattern.compile("(?s)<main[^>]*>(.*)</main>").matcher(html);
    assertTrue(main.find());
    return main.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }

  @Test
  void aSearchOfAHundredWordsIsRefusedOrShortenedNeverAnError() {
    String hundred =
        IntStream.range(0, 100).mapToObj(i -> "λέξη" + i).collect(Collectors.joining(" "));
    String q = URLEncoder.encode(hundred, StandardCharsets.UTF_8);
    var api = new Client(base).getJson("/api/v1/products?q=" + q, null);
    assertEquals(400, api.statusCode(), api.body());
    assertEquals("q", Client.json(api).getString("field"));
    var page = new Client(base).get("/search?q=" + q);
    assertEquals(200, page.statusCode());
    assertTrue(
        page.body().contains("τα αποτελέσματα για τις πρώτες 12"),
        "the page searches the first words and says so");
    String fifty =
        IntStream.range(0, 50)
            .mapToObj(i -> "α" + (char) ('α' + i % 20))
            .collect(Collectors.joining(" "));
    assertEquals(
        200,
        new Client(base)
            .getJson(
                "/api/v1/products/suggestions?query="
                    + URLEncoder.encode(fifty, StandardCharsets.UTF_8),
                null)
            .statusCode());
    var overlong = new Client(base).getJson("/api/v1/fairs?region=" + "A".repeat(2100), null);
    assertEquals(400, overlong.statusCode());
    assertEquals("parameter_too_long", Client.json(overlong).getString("error"));
    assertEquals("region", Client.json(overlong).getString("field"));
  }

  @Test
  void textThatLooksLikeMarkupCannotBreakTheStructuredData() throws Exception {
    String trap = "<!--<script>";
    Buyer founder = Buyer.of(base, "jsonld");
    var created =
        founder
            .client()
            .postJson(
                "/api/v1/enterprises",
                People.enterpriseJson("Συνεταιρισμός " + trap, People.newVatNumber()),
                founder.token());
    assertEquals(201, created.statusCode(), created.body());
    long enterpriseId = Client.json(created).getJsonNumber("id").longValue();
    assertEquals(
        204,
        new Client(base)
            .postJson(
                "/api/v1/admin/enterprises/" + enterpriseId + "/verify",
                "{}",
                People.adminToken(base))
            .statusCode());
    Member seller = new Member(founder.email(), founder.client(), founder.token(), enterpriseId);
    long honey = Listings.product(seller, "Μέλι " + trap, "7.00", 3);
    var organiser = Organiser.of(base, "jsonld-organiser");
    var fair =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs",
                TestFairs.json("INSTANT", 2).replace("κάθε Σάββατο.", "κάθε Σάββατο " + trap),
                organiser.token());
    long fairId = Client.json(fair).getJsonNumber("id").longValue();
    assertEquals(
        200,
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs/" + fairId + "/stands",
                "{\"prefix\":\"A\",\"count\":2,\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\"0\",\"features\":[]}",
                organiser.token())
            .statusCode());
    var published =
        organiser
            .client()
            .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token());
    assertEquals(200, published.statusCode(), published.body());
    for (String page :
        new String[] {
          "/products/" + honey, "/enterprises/" + seller.enterpriseId(), "/fairs/" + fairId
        }) {
      String html = new Client(base).get(page).body();
      var block =
          Pattern.compile("(?s)<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>")
              .matcher(html);
      assertTrue(block.find(), page);
      assertFalse(
          block.group(1).contains("<") || block.group(1).contains(">"),
          page + ": " + block.group(1));
      assertTrue(
          block.group(1).contains("\\u003c!--\\u003cscript\\u003e"),
          page + " keeps the text, escaped: " + block.group(1));
      assertTrue(html.contains("<footer"), page + ": the rest of the page is still there");
    }
  }

  @Test
  void numbersThatWouldWrapOrLoseTheirFractionAreRefusedNamingTheField() throws Exception {
    Member seller = Member.of(base, "integers", true);
    long honey = Listings.product(seller, "Μέλι ακέραιο", "5.00", 10);
    Buyer buyer = Buyer.of(base, "integers-buyer");
    for (String quantity : new String[] {"4294967298", "1.5"}) {
      var order =
          buyer.client().postJson("/api/v1/orders", pickupOrder(honey, quantity), buyer.token());
      assertEquals(400, order.statusCode(), quantity + ": " + order.body());
      assertEquals("quantity", Client.json(order).getString("field"));
    }
    for (String stock : new String[] {"99999999999", "2147483648"}) {
      var listing =
          seller
              .client()
              .postJson(
                  "/api/v1/me/listings",
                  """
                  {"kind":"PRODUCT","title":{"el":"Πολύ μέλι","en":"A lot of honey"},"description":{"el":"Πολύ.","en":"Much."},
                   "price":"5.00","vatRate":13,"unit":"PIECE","stock":%s,"category":"food/honey","tags":[],"status":"ACTIVE"}
                  """
                      .formatted(stock),
                  seller.token());
      assertEquals(400, listing.statusCode(), stock + ": " + listing.body());
      assertEquals("stock", Client.json(listing).getString("field"));
    }
    assertEquals(
        10, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", honey)).intValue());
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM customer_order WHERE email = ?", buyer.email()))
            .longValue());
  }

  @Test
  void hardeningHeadersAreOnErrorsAndRedirectsToo() {
    for (String path :
        new String[] {
          "/account", "/dashboard/municipality", "/api/v1/me", "/WEB-INF/web.xml", "/cart/add"
        }) {
      var response = new Client(base).get(path);
      assertEquals(
          "nosniff",
          response.headers().firstValue("X-Content-Type-Options").orElse(null),
          path + " " + response.statusCode());
      assertEquals(
          "strict-origin-when-cross-origin",
          response.headers().firstValue("Referrer-Policy").orElse(null),
          path);
      assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), path);
    }
  }

  @Test
  void messagesTakeNumbersNotTextFromTheAddress() {
    var page = new Client(base).get("/cart?problem=cart.quantity.invalid&n=%3Cb%3Eevil%3C%2Fb%3E");
    assertEquals(200, page.statusCode());
    var messages =
        Pattern.compile("(?s)<div class=\"messages\"[^>]*>(.*?)</div>").matcher(page.body());
    assertTrue(messages.find(), page.body());
    assertTrue(
        messages.group(1).contains("message-error"), "the message is shown: " + messages.group(1));
    assertFalse(
        messages.group(1).contains("evil"), "without the attacker's text: " + messages.group(1));
  }

  @Test
  void controlCharactersAreRefusedByTheApiAndDroppedFromForms() throws Exception {
    Member seller = Member.of(base, "control", true);
    var refused =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"PRODUCT","title":{"el":"Μέλι\\u0000","en":"Honey"},"description":{"el":"Καλό.","en":"Good."},
                 "price":"5.00","vatRate":13,"unit":"PIECE","stock":1,"category":"food/honey","tags":[],"status":"ACTIVE"}
                """,
                seller.token());
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("el", Client.json(refused).getString("field"));

    seller.client().submit("/account", "profile", Map.of("name", "Νί\u0000κος\u0007"), "save");
    assertEquals(
        "Νίκος", Database.value("SELECT name FROM user_account WHERE email = ?", seller.email()));
  }

  @Test
  void aLargeBodyIsRefusedBeforeItIsRead() throws Exception {
    Member seller = Member.of(base, "large-body", true);
    String large = "{\"title\":{\"el\":\"" + "α".repeat(300 * 1024) + "\"}}";
    // as a careful client sends a large body: the headers first, the body only once the server is
    // willing
    var response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(base.resolve("api/v1/me/listings"))
                    .expectContinue(true)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + seller.token())
                    .POST(HttpRequest.BodyPublishers.ofString(large))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    assertEquals("payload_too_large", Client.json(response).getString("error"));
  }

  @Test
  void theFlashCookieIsSameSiteToo() throws Exception {
    String email = People.newEmail("flash");
    new Client(base)
        .submit(
            "/register",
            "form",
            Map.of(
                "email",
                email,
                "name",
                "Flash",
                "password",
                People.PASSWORD,
                "passwordRepeat",
                People.PASSWORD),
            "submit");
    var confirmed =
        People.confirm(
            new Client(base),
            People.confirmationLink(
                email)); // says so on the next page: a message kept across the redirect
    var flash =
        confirmed.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("csfcfc"))
            .findFirst();
    assertTrue(
        flash.isPresent(),
        "Faces keeps the message in its flash cookie: "
            + confirmed.headers().allValues("Set-Cookie"));
    assertTrue(flash.get().toLowerCase(Locale.ROOT).contains("samesite=lax"), flash.get());
  }

  @Test
  void anotherBuyersOrderIsAnsweredAsIfItDidNotExist() throws Exception {
    Member seller = Member.of(base, "idor-seller", true);
    long soap = Listings.product(seller, "Σαπούνι IDOR", "3.00", 5);
    Buyer owner = Buyer.of(base, "idor-owner");
    var placed = owner.client().postJson("/api/v1/orders", pickupOrder(soap, "1"), owner.token());
    long id = Client.json(placed).getJsonNumber("id").longValue();
    Buyer other = Buyer.of(base, "idor-other");
    var theirs = other.client().getJson("/api/v1/me/orders/" + id, other.token());
    var none = other.client().getJson("/api/v1/me/orders/" + (id + 1_000_000), other.token());
    assertEquals(404, theirs.statusCode());
    assertEquals(none.statusCode(), theirs.statusCode());
    assertEquals(none.body(), theirs.body());
    assertEquals(
        404,
        other
            .client()
            .postJson("/api/v1/orders/" + id + "/cancel", "{}", other.token())
            .statusCode());
  }

  /** Tables that name a person but are not about an account holder, each with its reason. */
  private static final Map<String, String> NOT_THE_PERSONS =
      Map.of(
          "enterprise",
          "the enterprise's own contact address and phone, shown on its public page; the person's"
              + " memberships are exported",
          "organisation",
          "the organisation's own contact address and phone, shown on its public page; the"
              + " person's place on its staff is exported");

  @Test
  void theExportHoldsEveryTableAboutThePersonAndErasureEmptiesThemKeepingOnlyAnonymousOrders()
      throws Exception {
    Member seller = Member.of(base, "gdpr-seller", true);
    long honey = Listings.product(seller, "Μέλι GDPR", "8.00", 10);
    Member person = Member.of(base, "gdpr-person", true);
    var placed =
        person
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":[{\"listingId\":"
                    + honey
                    + ",\"quantity\":2}],\"fulfilment\":{\"method\":\"DELIVERY\",\"address\":{\"street\":\"Οδός"
                    + " Απορρήτου 1\",\"postcode\":\"54624\",\"city\":\"Θεσσαλονίκη\"}},"
                    + "\"payment\":\"MANUAL\"}",
                person.token());
    assertEquals(201, placed.statusCode(), placed.body());
    person
        .client()
        .postForm("/cart/add", Map.of("listing", String.valueOf(honey), "quantity", "1"));
    new Client(base)
        .postJson(
            "/api/v1/auth/token",
            "{\"email\":\"" + person.email() + "\",\"password\":\"not the password\"}",
            null);
    // an invitation to the person's address, and a mail to it that could not be sent
    Database.update(
        "INSERT INTO enterprise_invite (enterprise_id, email, token_hash, created_at, expires_at)"
            + " VALUES (?, ?, SHA2(UUID(), 256), NOW(6), NOW(6) + INTERVAL 7 DAY)",
        seller.enterpriseId(),
        person.email());
    Database.update(
        "INSERT INTO organisation_invite (organisation_id, email, token_hash, created_at,"
            + " expires_at) VALUES ((SELECT MIN(id) FROM organisation), ?, SHA2(UUID(), 256),"
            + " NOW(6), NOW(6) + INTERVAL 7 DAY)",
        person.email());
    Database.update(
        "INSERT INTO mail_outbox (recipient, subject, body, status, error, created_at, attempts)"
            + " VALUES (?, 'Koinagora: a reset link', 'the link:"
            + " /reset-password?token=secret-in-the-body', 'FAILED', 'refused', NOW(6), 5)",
        person.email());

    var export = person.client().getJson("/api/v1/me/export", person.token());
    assertEquals(200, export.statusCode(), export.body());
    var tables = Client.json(export).getJsonObject("tables");
    List<String> personal = new ArrayList<>();
    try (var connection = Database.connect();
        var statement = connection.createStatement();
        var found =
            statement.executeQuery(
                """
                SELECT TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE
                 WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'user_account'
                UNION SELECT TABLE_NAME FROM information_schema.COLUMNS
                 WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME REGEXP 'email|recipient|phone|buyer_name|throttle_key|street'\
                """)) {
      while (found.next()) {
        personal.add(found.getString(1));
      }
    }
    assertTrue(
        personal.contains("customer_order") && personal.contains("api_token"),
        "the rule finds tables: " + personal);
    for (String table : personal) {
      assertTrue(
          tables.containsKey(table) || NOT_THE_PERSONS.containsKey(table),
          table
              + " holds personal data: export it (PersonalData.TABLES) and erase it"
              + " (AccountService.deleteAccount)");
    }
    assertEquals(
        "Οδός Απορρήτου 1",
        tables.getJsonArray("customer_order").getJsonObject(0).getString("delivery_street"));
    assertTrue(
        tables.getJsonArray("order_line").size() >= 1
            && tables.getJsonArray("cart_item").size() == 1,
        tables.toString());
    var throttle = tables.getJsonArray("login_throttle").getValuesAs(JsonObject.class);
    assertTrue(
        throttle.stream()
            .anyMatch(
                row ->
                    row.getString("throttle_key").startsWith("account:")
                        && row.getInt("failures") == 1),
        "the failed sign-in: " + throttle);
    assertTrue(
        throttle.stream()
            .anyMatch(row -> row.getString("throttle_key").startsWith("notice:confirm:")),
        "when a link was last sent");
    assertEquals(1, tables.getJsonArray("enterprise_member").size());
    assertEquals(1, tables.getJsonArray("enterprise_invite").size());
    assertEquals(1, tables.getJsonArray("organisation_invite").size());
    assertTrue(
        tables.getJsonArray("mail_outbox").getValuesAs(JsonObject.class).stream()
            .anyMatch(mail -> mail.getString("subject").equals("Koinagora: a reset link")),
        "the mail that could not be sent");
    assertFalse(
        export.body().contains("secret-in-the-body"),
        "a mail's body (a link that may still work) is not exported");
    assertFalse(
        export.body().contains("token_hash") || export.body().contains("password_hash"),
        "no secrets, not even digests");

    long accountId =
        ((Number) Database.value("SELECT id FROM user_account WHERE email = ?", person.email()))
            .longValue();
    var refused =
        person
            .client()
            .submit("/account", "delete", Map.of("password", People.PASSWORD), "confirm");
    assertTrue(
        refused.body().contains("είναι ακόμη σε εξέλιξη"),
        "not while its seller still needs the address: " + refused.body());
    long orderId = Client.json(placed).getJsonNumber("id").longValue();
    assertEquals(
        200,
        person
            .client()
            .postJson("/api/v1/orders/" + orderId + "/cancel", "{}", person.token())
            .statusCode());
    var deleted =
        person
            .client()
            .submit("/account", "delete", Map.of("password", People.PASSWORD), "confirm");
    assertTrue(deleted.body().contains("Ο λογαριασμός σας διαγράφηκε"), deleted.body());
    for (String sql :
        new String[] {
          "SELECT COUNT(*) FROM customer_order WHERE email = ?",
              "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?",
          "SELECT COUNT(*) FROM login_throttle WHERE throttle_key = CONCAT('account:', ?)",
              "SELECT COUNT(*) FROM user_account WHERE email = ?",
          "SELECT COUNT(*) FROM enterprise_invite WHERE email = ?",
              "SELECT COUNT(*) FROM organisation_invite WHERE email = ?"
        }) {
      assertEquals(0L, ((Number) Database.value(sql, person.email())).longValue(), sql);
    }
    for (String table :
        new String[] {
          "api_token", "password_reset", "email_confirmation", "enterprise_member", "cart"
        }) {
      assertEquals(
          0L,
          ((Number)
                  Database.value("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?", accountId))
              .longValue(),
          table);
    }
    assertEquals(
        "—",
        Database.value("SELECT buyer_name FROM customer_order WHERE buyer_id = ?", accountId),
        "the order stays, anonymous");
    assertEquals(
        null,
        Database.value("SELECT delivery_street FROM customer_order WHERE buyer_id = ?", accountId));
    assertEquals(
        new BigDecimal("16.00"),
        Database.value("SELECT total FROM customer_order WHERE buyer_id = ?", accountId),
        "its amounts stay");
  }
}
