package org.koinagora.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.People;

/** Health, OpenAPI, headers, sessions, language and the API's error shape. */
class PlatformIT extends DeployedWarIT {

  @Test
  void healthSaysTheDatabaseIsMigratedAndReachable() throws Exception {
    var ready = new Client(base).get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(
        ready.body().contains("\"migrated\":\"true\"")
            || ready.body().contains("\"migrated\":true"),
        ready.body());
    assertEquals(200, new Client(base).get("/health/live").statusCode());
    assertEquals(
        1L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success ="
                        + " 1"))
            .longValue());
    assertEquals(
        "utf8mb4",
        Database.value(
            "SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = 'enterprise' AND COLUMN_NAME = 'name'"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    var openapi = new Client(base).get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/enterprises"), openapi.body());
    assertTrue(openapi.body().contains("Koinagora API"));
    // a validator nobody here wrote: no message means a valid OpenAPI 3.0 document
    var options = new io.swagger.v3.parser.core.models.ParseOptions();
    options.setResolve(true);
    var parsed =
        new io.swagger.v3.parser.OpenAPIV3Parser().readContents(openapi.body(), null, options);
    assertTrue(
        parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        "the validator says: " + parsed.getMessages());
    assertTrue(
        parsed.getOpenAPI().getPaths().containsKey("/api/v1/products"), "the paths were read");
    assertFalse(
        openapi.body().lines().anyMatch(line -> line.startsWith("endpoints:")),
        "no non-standard top-level key");
  }

  @Test
  void everyResponseCarriesTheHardeningHeaders() {
    for (String path : new String[] {"/", "/login", "/api/v1/enterprises", "/no-such-page"}) {
      HttpResponse<String> response = new Client(base).get(path);
      assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
      assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
      assertTrue(
          header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"), path);
    }
    String pagePolicy = header(new Client(base).get("/"), "Content-Security-Policy");
    assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), pagePolicy);
  }

  @Test
  void anonymousBrowsingCreatesNoSession() {
    Client visitor = new Client(base);
    for (String path :
        new String[] {"/", "/enterprises", "/about", "/search?q=μέλι", "/cart", "/no-such-page"}) {
      var response = visitor.get(path);
      assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path);
      assertFalse(
          response.headers().allValues("Set-Cookie").stream()
              .anyMatch(c -> c.startsWith("KOINAGORA_SESSION")),
          path);
    }
  }

  @Test
  void signingInSetsAHttpOnlySameSiteSessionCookie() {
    var loginPage = new Client(base).get("/login");
    String cookie =
        loginPage.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("KOINAGORA_SESSION"))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
  }

  @Test
  void greekIsTheDefaultAndEnglishIsRememberedWithoutASession() {
    Client visitor = new Client(base);
    var greek = visitor.get("/");
    assertTrue(
        greek.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"el\""),
        "lang=el");
    assertTrue(greek.body().contains("Αγοράστε από συνεταιρισμούς"));

    var english = visitor.get("/?lang=en");
    assertTrue(english.body().contains("lang=\"en\""));
    assertTrue(english.body().contains("Buy from cooperatives"));
    assertTrue(visitor.hasCookie("koinagora_lang"));
    assertTrue(visitor.get("/about").body().contains("About Koinagora"), "the choice sticks");
  }

  @Test
  void apiErrorsUseTheJsonShapeAndNeverA500() {
    Client client = new Client(base);
    assertError(client.get("/api/v1/no-such-thing"), 404, "not_found");
    assertError(client.get("/api/v1/enterprises/999999999"), 404, "not_found");
    assertError(client.get("/api/v1/enterprises/not-a-number"), 404, "not_found");
    assertError(client.postJson("/api/v1/auth/token", "{not json", null), 400, "invalid_json");
    assertError(client.postJson("/api/v1/auth/token", "", null), 400, "invalid_json");
    assertError(client.postJson("/api/v1/auth/token", "{}", null), 401, "invalid_credentials");
    assertError(client.postJson("/api/v1/enterprises", "{}", null), 401, "unauthorized");
    assertError(client.getJson("/api/v1/me", "kga_forged-token"), 401, "unauthorized");
    var wrongType = client.postForm("/api/v1/auth/token", Map.of("email", "x"));
    assertError(wrongType, 415, "unsupported_media_type");
  }

  @Test
  void anonymousVisitorsShareARecentRenderEachWithItsOwnNonce() {
    new Client(base).get("/about");
    var stored = new Client(base).get("/about");
    var again = new Client(base).get("/about");
    assertTrue(
        stored.headers().firstValue("Age").isPresent()
            || again.headers().firstValue("Age").isPresent(),
        "served from the page cache");
    for (var page : List.of(stored, again)) {
      assertTrue(
          page.body().contains("nonce=\"" + nonce(page) + "\""),
          "the page's scripts carry the header's nonce");
    }
    assertNotEquals(nonce(stored), nonce(again), "every visitor gets a nonce of their own");
    assertFalse(again.body().contains(nonce(stored)), "no trace of another visitor's nonce");

    Client signedIn = People.register(base, People.newEmail("cache"), "Cache");
    var own = signedIn.get("/about");
    assertTrue(
        own.headers().firstValue("Age").isEmpty(), "a visitor with a session gets a fresh render");
    assertTrue(own.body().contains("/logout"), "and sees their own header");
  }

  private static String nonce(HttpResponse<String> response) {
    var matcher =
        Pattern.compile("'nonce-([^']+)'").matcher(header(response, "Content-Security-Policy"));
    assertTrue(matcher.find(), header(response, "Content-Security-Policy"));
    return matcher.group(1);
  }

  @Test
  void theConfiguredFirstAdminExistsAndHoldsTheAdminRole() {
    String token = People.adminToken(base);
    var me = Client.json(new Client(base).getJson("/api/v1/me", token));
    assertTrue(me.getJsonArray("roles").toString().contains("ADMIN"));
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.body());
    var body = Client.json(response);
    assertEquals(code, body.getString("error"));
    assertFalse(body.getString("message").isBlank());
    assertFalse(response.body().contains("Exception"));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
