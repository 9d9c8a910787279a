package org.koinagora.accounts.rest;

import java.util.List;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;

/** The caller as the API shows them. */
public record MeView(long id, String email, String name, List<String> roles) {
  static MeView of(SignedInUser user) {
    return new MeView(
        user.id(),
        user.email(),
        user.name(),
        user.roles().stream().map(Role::name).sorted().toList());
  }
}
