package org.koinagora.testsupport;

import java.net.URI;

/** Staff of a municipality created for the test (municipalities are set up by the operators). */
public record Organiser(String email, Client client, String token, long municipalityId) {

  public static Organiser of(URI base, String who) throws Exception {
    String email = People.newEmail(who);
    Client client = People.register(base, email, who);
    Database.update(
        "INSERT INTO organisation (name_el, region, created_at) VALUES (?, 'ATTICA', NOW(6))",
        "Δήμος " + who);
    long municipalityId = ((Number) Database.value("SELECT MAX(id) FROM organisation")).longValue();
    long userId =
        ((Number) Database.value("SELECT id FROM user_account WHERE email = ?", email)).longValue();
    Database.update(
        "INSERT INTO organisation_staff (organisation_id, user_id) VALUES (?, ?)",
        municipalityId,
        userId);
    return new Organiser(
        email, client, People.token(client, email, People.PASSWORD), municipalityId);
  }
}
