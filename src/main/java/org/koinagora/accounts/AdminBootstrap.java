package org.koinagora.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the first ADMIN from configuration when the platform has none. */
@Startup
@Singleton
@DependsOn({"SchemaMigrations", "DemoData"})
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;

  @Inject
  @ConfigProperty(name = "koinagora.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "koinagora.admin.password")
  Optional<String> password;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void ensureAdmin() {
    long admins = em.createNamedQuery("UserAccount.countAdmins", Long.class).getSingleResult();
    if (admins > 0 || email.isEmpty() || password.isEmpty()) {
      return;
    }
    if (password.get().length() < Passwords.MIN_LENGTH) {
      LOG.warning("koinagora.admin.password is shorter than 12 characters; no admin created");
      return;
    }
    UserAccount admin =
        accounts
            .byEmail(email.get())
            .orElseGet(
                () -> {
                  var created =
                      new UserAccount(
                          email.get(),
                          "Administrator",
                          new PasswordHasher().hash(password.get()),
                          Locale.forLanguageTag("el"));
                  em.persist(created);
                  return created;
                });
    admin.makeAdmin();
    admin.confirmEmail(); // the operator gave this address in the configuration
    LOG.info(() -> "Created the first admin account " + admin.getEmail());
  }
}
