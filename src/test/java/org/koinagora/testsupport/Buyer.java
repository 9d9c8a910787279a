package org.koinagora.testsupport;

import java.net.URI;

/** A person registered through the form, signed in, with an API token. */
public record Buyer(String email, Client client, String token) {

  public static Buyer of(URI base, String who) {
    String email = People.newEmail(who);
    Client client = People.register(base, email, who);
    return new Buyer(email, client, People.token(client, email, People.PASSWORD));
  }
}
