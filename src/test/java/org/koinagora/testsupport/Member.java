package org.koinagora.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

/** A signed-in member of one enterprise, with an API token. */
public record Member(String email, Client client, String token, long enterpriseId) {

  /** Registers a person, their enterprise, and (if asked) has the admin verify it. */
  public static Member of(URI base, String who, boolean verified) {
    String email = People.newEmail(who);
    Client client = People.register(base, email, who);
    String token = People.token(client, email, People.PASSWORD);
    var created =
        client.postJson(
            "/api/v1/enterprises",
            People.enterpriseJson("Επιχείρηση " + who, People.newVatNumber()),
            token);
    assertEquals(201, created.statusCode(), created.body());
    long enterpriseId = Client.json(created).getJsonNumber("id").longValue();
    if (verified) {
      var verify =
          new Client(base)
              .postJson(
                  "/api/v1/admin/enterprises/" + enterpriseId + "/verify",
                  "{}",
                  People.adminToken(base));
      assertEquals(204, verify.statusCode());
    }
    return new Member(email, client, token, enterpriseId);
  }
}
