package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks accounts up; the one place that knows how. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext private EntityManager em;

  public Optional<UserAccount> byEmail(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> activeById(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id)).filter(UserAccount::isActive);
  }
}
