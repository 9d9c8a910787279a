package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;

/** Opening, changing, recovering and closing accounts. */
@ApplicationScoped
public class AccountService {

  private static final Duration NOTICE_INTERVAL = Duration.ofMinutes(15);

  private final PasswordHasher hasher = new PasswordHasher();

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Mailer mailer;
  @Inject private Links links;

  @Inject
  @ConfigProperty(name = "koinagora.password-reset.lifetime-minutes", defaultValue = "60")
  int resetLifetimeMinutes;

  @Inject
  @ConfigProperty(name = "koinagora.email-confirmation.lifetime-hours", defaultValue = "48")
  int confirmLifetimeHours;

  /**
   * Opens an account that signs in once its address is confirmed by the mailed link. An address
   * that has an account already is answered the same way, and its owner is mailed instead: the form
   * must not tell a stranger who has an account. {@code order} is a guest order the link brings the
   * person back to, or null.
   */
  @Transactional
  public void register(@Valid Registration registration, Locale language, String order) {
    // hashed either way, so that the time taken does not tell a taken address from a new one
    String passwordHash = hasher.hash(registration.password());
    var existing = accounts.byEmail(registration.email());
    if (existing.isPresent()) {
      UserAccount owner = existing.get();
      if (noticeDue("taken", owner.getEmail())) {
        Locale locale = Language.fromCode(owner.getLanguage()).locale();
        mailer.send(
            new Mail(
                owner.getEmail(),
                Texts.get(locale, "mail.register_again.subject"),
                Texts.get(
                    locale,
                    "mail.register_again.body",
                    links.to("/login"),
                    links.to("/forgot-password"))));
      }
      return;
    }
    var account =
        new UserAccount(registration.email(), registration.name(), passwordHash, language);
    em.persist(account);
    em.flush();
    noticeDue("confirm", account.getEmail());
    mailConfirmation(account, order);
  }

  /** Confirms the address of the link's account; the account it belongs to. */
  @Transactional
  public UserAccount confirmEmail(String token) {
    EmailConfirmation confirmation =
        em.createNamedQuery("EmailConfirmation.findByHash", EmailConfirmation.class)
            .setParameter("hash", HashedToken.digestOf(token))
            .getResultStream()
            .filter(candidate -> candidate.isUsable(Instant.now()))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("token", "confirm.token_invalid"));
    confirmation.use();
    confirmation.getAccount().confirmEmail();
    return confirmation.getAccount();
  }

  /**
   * The account to sign in when the password is right, throttled by the caller; an address not
   * confirmed yet gets its link again and is refused until it is.
   */
  @Transactional(dontRollbackOn = EmailUnconfirmedException.class)
  public Optional<UserAccount> signInCheck(String email, String password) {
    var account = checkPassword(email, password);
    if (account.isPresent() && !account.get().isEmailConfirmed()) {
      if (noticeDue("confirm", account.get().getEmail())) {
        mailConfirmation(em.merge(account.get()), null);
      }
      throw new EmailUnconfirmedException();
    }
    return account;
  }

  /**
   * At most one mail of a kind (the confirmation link, "you have an account") to an address each
   * quarter of an hour, so that nobody can make the platform flood someone's mailbox; kept with the
   * sign-in counters, so every node sees it.
   */
  private boolean noticeDue(String kind, String email) {
    String key = "notice:" + kind + ":" + UserAccount.normaliseEmail(email);
    Instant now = Instant.now();
    int renewed =
        em.createNativeQuery(
                "UPDATE login_throttle SET window_start = ?1 WHERE throttle_key = ?2 AND"
                    + " window_start < ?3")
            .setParameter(1, now)
            .setParameter(2, key)
            .setParameter(3, now.minus(NOTICE_INTERVAL))
            .executeUpdate();
    return renewed == 1
        || em.createNativeQuery(
                    "INSERT IGNORE INTO login_throttle (throttle_key, failures, window_start)"
                        + " VALUES (?1, 0, ?2)")
                .setParameter(1, key)
                .setParameter(2, now)
                .executeUpdate()
            == 1;
  }

  private void mailConfirmation(UserAccount account, String order) {
    var issued = HashedToken.issue(Duration.ofHours(confirmLifetimeHours));
    em.persist(new EmailConfirmation(account, issued.token()));
    String link =
        "/confirm-email?token="
            + issued.secret()
            + (order != null && order.matches("[A-Za-z0-9_-]{43}") ? "&order=" + order : "");
    Locale locale = Language.fromCode(account.getLanguage()).locale();
    mailer.send(
        new Mail(
            account.getEmail(),
            Texts.get(locale, "mail.confirm.subject"),
            Texts.get(
                locale,
                "mail.confirm.body",
                account.getName(),
                links.to(link),
                confirmLifetimeHours)));
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

  /**
   * Sets a new password; every other session, every API token and every reset link of the account
   * ends with the old one (the owner is mailed). The new credentials stamp, for the session that
   * made the change to keep.
   */
  @Transactional
  public int changePassword(long accountId, @Valid PasswordChange change) {
    UserAccount account = find(accountId);
    if (!hasher.verify(change.currentPassword(), account.getPasswordHash())) {
      throw new InvalidInputException("currentPassword", "account.password.current_wrong");
    }
    setPassword(account, change.newPassword());
    return account.getCredentialsStamp();
  }

  private void setPassword(UserAccount account, String newPassword) {
    account.changePasswordHash(hasher.hash(newPassword));
    Instant now = Instant.now();
    int tokens =
        em.createNativeQuery(
                "UPDATE api_token SET revoked_at = ?1 WHERE user_id = ?2 AND revoked_at IS NULL AND"
                    + " expires_at > ?1")
            .setParameter(1, now)
            .setParameter(2, account.getId())
            .executeUpdate();
    em.createNativeQuery(
            "UPDATE password_reset SET used_at = ?1 WHERE user_id = ?2 AND used_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, account.getId())
        .executeUpdate();
    Locale locale = Language.fromCode(account.getLanguage()).locale();
    mailer.send(
        new Mail(
            account.getEmail(),
            Texts.get(locale, "mail.password_changed.subject"),
            Texts.get(
                locale,
                "mail.password_changed.body",
                tokens,
                links.to("/account"),
                links.to("/forgot-password"))));
  }

  /** Mails a reset link if the address has an account; says nothing either way. */
  @Transactional
  public void requestPasswordReset(String email) {
    accounts
        .byEmail(email)
        .filter(UserAccount::isActive)
        .ifPresent(
            account -> {
              var issued = HashedToken.issue(Duration.ofMinutes(resetLifetimeMinutes));
              em.persist(new PasswordReset(account, issued.token()));
              Locale locale = Language.fromCode(account.getLanguage()).locale();
              mailer.send(
                  new Mail(
                      account.getEmail(),
                      Texts.get(locale, "mail.reset.subject"),
                      Texts.get(
                          locale,
                          "mail.reset.body",
                          account.getName(),
                          links.to("/reset-password?token=" + issued.secret()),
                          resetLifetimeMinutes)));
            });
  }

  @Transactional
  public void resetPassword(String token, @Valid PasswordChange change) {
    PasswordReset reset =
        em.createNamedQuery("PasswordReset.findByHash", PasswordReset.class)
            .setParameter("hash", HashedToken.digestOf(token))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("token", "reset.token_invalid"));
    // the account first, then the link: of two uses at the same moment (of this link or another of
    // the account's) the second waits for the first, then finds its link used
    UserAccount account =
        em.find(UserAccount.class, reset.getAccount().getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(reset, LockModeType.PESSIMISTIC_WRITE);
    if (!reset.isUsable(Instant.now())) {
      throw new InvalidInputException("token", "reset.token_invalid");
    }
    reset.use();
    account.confirmEmail(); // the link reached the address
    setPassword(account, change.newPassword());
  }

  /**
   * Erases the person's data, every table {@link PersonalData} exports: what the law requires to
   * keep stays without the person (orders are accounting records: their amounts and lines stay, the
   * buyer's name, address, phone and email go); an enterprise's stand bookings stay the
   * enterprise's, and a lottery drawn stays on the record, pointing at the anonymised account.
   */
  @Transactional
  public void deleteAccount(long accountId, String password) {
    UserAccount account = find(accountId);
    if (!hasher.verify(password, account.getPasswordHash())) {
      throw new InvalidInputException("password", "account.password.current_wrong");
    }
    long open =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM customer_order WHERE buyer_id = ?1 AND status IN"
                            + " ('PENDING_PAYMENT', 'PAID')")
                    .setParameter(1, accountId)
                    .getSingleResult())
            .longValue();
    if (open > 0) {
      // its sellers still need the address to deliver, and the buyer the order's mails
      throw new InvalidInputException("password", "account.delete.open_orders", open);
    }
    String email = account.getEmail();
    for (String table :
        new String[] {
          "api_token",
          "password_reset",
          "email_confirmation",
          "enterprise_member",
          "organisation_staff",
          "cart"
        }) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1")
          .setParameter(1, accountId)
          .executeUpdate();
    }
    em.createNativeQuery(
            "DELETE FROM login_throttle WHERE throttle_key IN (CONCAT('account:', ?1),"
                + " CONCAT('notice:confirm:', ?1), CONCAT('notice:taken:', ?1),"
                + " CONCAT('advice:to:', ?1))")
        .setParameter(1, email)
        .executeUpdate();
    // their requests for advice go with their threads; what they wrote as a centre's staff stays
    // the centre's answer, without their name
    em.createNativeQuery(
            "UPDATE advice_message SET author_id = NULL, author_name = NULL WHERE author_id = ?1"
                + " AND author_kind = 'STAFF'")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM advice_request WHERE requester_id = ?1 OR email = ?2")
        .setParameter(1, accountId)
        .setParameter(2, email)
        .executeUpdate();
    // the same for requests for a quote: theirs go with their threads (an order made from one
    // stays, anonymised below); what they wrote for an enterprise stays the enterprise's
    em.createNativeQuery(
            "UPDATE quote_message SET author_id = NULL, author_name = NULL WHERE author_id = ?1"
                + " AND author_kind = 'ENTERPRISE'")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery("UPDATE quote SET author_id = NULL WHERE author_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM quote_request WHERE buyer_id = ?1 OR email = ?2")
        .setParameter(1, accountId)
        .setParameter(2, email)
        .executeUpdate();
    for (String invitations : new String[] {"enterprise_invite", "organisation_invite"}) {
      em.createNativeQuery("DELETE FROM " + invitations + " WHERE email = ?1")
          .setParameter(1, email)
          .executeUpdate();
    }
    em.createNativeQuery("DELETE FROM mail_outbox WHERE recipient = ?1")
        .setParameter(1, email)
        .executeUpdate();
    // a call's questions and offers stay the call's and the enterprise's, no longer theirs
    em.createNativeQuery("UPDATE reserved_call_question SET asker_id = NULL WHERE asker_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery("UPDATE call_offer SET submitted_by = NULL WHERE submitted_by = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    // the enterprise's log of delegated access keeps what was done, no longer by whom by name
    em.createNativeQuery("UPDATE delegated_action SET actor_name = '—' WHERE actor_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE customer_order SET email = ?1, buyer_name = '—', phone = NULL, delivery_street"
                + " = NULL, delivery_postcode = NULL, delivery_city = NULL WHERE buyer_id = ?2")
        .setParameter(1, "deleted-" + accountId + "@deleted.invalid")
        .setParameter(2, accountId)
        .executeUpdate();
    account.anonymise();
  }

  public UserAccount find(long accountId) {
    return accounts.activeById(accountId).orElseThrow(NotFoundException::new);
  }
}
