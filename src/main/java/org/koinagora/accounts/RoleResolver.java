package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Roles follow from facts rather than being stored: every account is a BUYER, members of an
 * enterprise are ENTERPRISE, staff of an organisation MUNICIPALITY, and admins ADMIN. A role cannot
 * drift out of step with the memberships it stands for.
 */
@ApplicationScoped
public class RoleResolver {

  @PersistenceContext private EntityManager em;

  public Set<Role> rolesOf(UserAccount account) {
    Set<Role> roles = EnumSet.of(Role.BUYER);
    if (account.isAdmin()) {
      roles.add(Role.ADMIN);
    }
    if (exists("SELECT 1 FROM enterprise_member WHERE user_id = ?1 LIMIT 1", account.getId())) {
      roles.add(Role.ENTERPRISE);
    }
    if (exists("SELECT 1 FROM organisation_staff WHERE user_id = ?1 LIMIT 1", account.getId())) {
      roles.add(Role.MUNICIPALITY);
    }
    return roles;
  }

  public SignedInUser signedIn(UserAccount account) {
    return new SignedInUser(
        account.getId(), account.getEmail(), account.getName(), Set.copyOf(rolesOf(account)));
  }

  private boolean exists(String sql, long userId) {
    return !em.createNativeQuery(sql).setParameter(1, userId).getResultList().isEmpty();
  }
}
