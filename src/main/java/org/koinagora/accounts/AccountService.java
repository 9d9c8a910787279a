package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.SecureTokens;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;

/** Opening, changing, recovering and closing accounts. */
@ApplicationScoped
public class AccountService {

  private final PasswordHasher hasher = new PasswordHasher();

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Mailer mailer;
  @Inject private Links links;

  @Inject
  @ConfigProperty(name = "koinagora.password-reset.lifetime-minutes", defaultValue = "60")
  int resetLifetimeMinutes;

  @Transactional
  public UserAccount register(@Valid Registration registration, Locale language) {
    if (accounts.byEmail(registration.email()).isPresent()) {
      throw new ConflictException("email", "register.email_taken");
    }
    var account =
        new UserAccount(
            registration.email(),
            registration.name(),
            hasher.hash(registration.password()),
            language);
    em.persist(account);
    em.flush();
    return account;
  }

  /** The account when the password is right; empty otherwise, taking the same time either way. */
  public Optional<UserAccount> checkPassword(String email, String password) {
    var account = accounts.byEmail(email).filter(UserAccount::isActive);
    boolean valid = hasher.verify(password, account.map(UserAccount::getPasswordHash).orElse(null));
    return valid ? account : Optional.empty();
  }

  @Transactional
  public void updateProfile(
      long accountId,
      @NotBlank(message = "{account.name.required}")
          @Size(max = UserAccount.NAME_MAX, message = "{account.name.size}")
          String name) {
    find(accountId).rename(name);
  }

  @Transactional
  public void changePassword(long accountId, @Valid PasswordChange change) {
    UserAccount account = find(accountId);
    if (!hasher.verify(change.currentPassword(), account.getPasswordHash())) {
      throw new InvalidInputException("currentPassword", "account.password.current_wrong");
    }
    account.changePasswordHash(hasher.hash(change.newPassword()));
  }

  /** Mails a reset link if the address has an account; says nothing either way. */
  @Transactional
  public void requestPasswordReset(String email) {
    accounts
        .byEmail(email)
        .filter(UserAccount::isActive)
        .ifPresent(
            account -> {
              String token = SecureTokens.newToken();
              em.persist(
                  new PasswordReset(
                      account,
                      SecureTokens.sha256(token),
                      Duration.ofMinutes(resetLifetimeMinutes)));
              Locale locale = Language.fromCode(account.getLanguage()).locale();
              mailer.send(
                  new Mail(
                      account.getEmail(),
                      Texts.get(locale, "mail.reset.subject"),
                      Texts.get(
                          locale,
                          "mail.reset.body",
                          account.getName(),
                          links.to("/reset-password?token=" + token),
                          resetLifetimeMinutes)));
            });
  }

  @Transactional
  public void resetPassword(String token, @Valid PasswordChange change) {
    // locked: of two uses of one link at the same moment the second waits, then finds it used
    PasswordReset reset =
        em.createNamedQuery("PasswordReset.findByHash", PasswordReset.class)
            .setParameter("hash", SecureTokens.sha256(token == null ? "" : token))
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .filter(candidate -> candidate.isUsable(Instant.now()))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("token", "reset.token_invalid"));
    reset.use();
    reset.getAccount().changePasswordHash(hasher.hash(change.newPassword()));
  }

  /** Erases the person's data; what the law requires to keep stays, without the person. */
  @Transactional
  public void deleteAccount(long accountId, String password) {
    UserAccount account = find(accountId);
    if (!hasher.verify(password, account.getPasswordHash())) {
      throw new InvalidInputException("password", "account.password.current_wrong");
    }
    for (String table :
        new String[] {"api_token", "password_reset", "enterprise_member", "municipality_member"}) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1")
          .setParameter(1, accountId)
          .executeUpdate();
    }
    account.anonymise();
  }

  public UserAccount find(long accountId) {
    return accounts.activeById(accountId).orElseThrow(NotFoundException::new);
  }
}
