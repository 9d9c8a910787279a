package org.koinagora.accounts;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in; small and serialisable so sessions replicate across a cluster. */
public record SignedInUser(long id, String email, String name, Set<Role> roles)
    implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
