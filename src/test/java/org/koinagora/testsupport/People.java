package org.koinagora.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Creates the people a test needs, each new and unique, through the real pages and API. */
public final class People {

  public static final String PASSWORD = "a long enough password";
  public static final String ADMIN_EMAIL = "admin@it.koinagora.org";
  public static final String ADMIN_PASSWORD = "it-admin-password-1";

  private People() {}

  public static String newEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.koinagora.org";
  }

  /**
   * Registers through the form, follows the link mailed to confirm the address, and signs in: the
   * returned client is signed in.
   */
  public static Client register(URI base, String email, String name) {
    Client client = new Client(base);
    var page =
        client.submit(
            "/register",
            "form",
            Map.of("email", email, "name", name, "password", PASSWORD, "passwordRepeat", PASSWORD),
            "submit");
    assertEquals(200, page.statusCode(), page.body());
    confirm(client, confirmationLink(email));
    var signedIn =
        client.submit("/login", "form", Map.of("email", email, "password", PASSWORD), "submit");
    assertEquals(200, signedIn.statusCode(), signedIn.body());
    return client;
  }

  /**
   * Opens a mailed confirmation link and presses its button, as the person does; the answer, its
   * redirect not followed.
   */
  public static HttpResponse<String> confirm(Client client, String link) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
      fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return client.prepare(link, "form", fields, "confirm").get();
  }

  /** The path of the newest address-confirmation link mailed to {@code email}. */
  public static String confirmationLink(String email) {
    try {
      var mails = Mailbox.confirmations(email, 1);
      assertTrue(!mails.isEmpty(), "a confirmation link was mailed to " + email);
      var link =
          Pattern.compile("(/confirm-email\\?token=[A-Za-z0-9_-]+(?:&order=[A-Za-z0-9_-]+)?)")
              .matcher(Mailbox.body(mails.get(mails.size() - 1)));
      assertTrue(link.find(), "the mail holds the link");
      return link.group(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String token(Client client, String email, String password) {
    var response =
        client.postJson(
            "/api/v1/auth/token",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"label\":\"test\"}",
            null);
    assertEquals(200, response.statusCode(), response.body());
    return Client.json(response).getString("token");
  }

  public static String adminToken(URI base) {
    return token(new Client(base), ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  /** A valid enterprise profile as JSON; {@code vat} must be a valid ΑΦΜ not used before. */
  public static String enterpriseJson(String name, String vat) {
    return """
    {"name":"%s","legalForm":"KOINSEP","registryNumber":"ΚΣΕ-IT-1","vatNumber":"%s",
     "region":"CRETE","municipality":"Χανιά","descriptionEl":"Βιολογικά βότανα από την Κρήτη.",
     "impactEl":"Απασχολούμε νέους αγρότες.","contactEmail":"info@example.org",
     "contactPhone":"","website":""}
    """
        .formatted(name, vat);
  }

  /** A fresh valid ΑΦΜ: eight random digits and their check digit. */
  public static String newVatNumber() {
    String digits =
        String.format(
            "%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') << (8 - i);
    }
    return digits + (sum % 11) % 10;
  }
}
