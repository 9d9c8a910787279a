package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;

/**
 * An enterprise's members grant a support centre delegated access until a day they choose, see
 * their grants and the log of what was done under them, and revoke a grant at any time. Only
 * members do this: a centre's staff never grant themselves anything.
 */
@ApplicationScoped
public class Delegations {

  /** Days are Athens days: access runs to the end of the chosen day there. */
  public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  /** How many lines of the log a page or an answer shows, newest first. */
  public static final int LOG_MAX = 200;

  /** A grant given, or ({@code extended}) an open one now running to the new day. */
  public record Granted(Delegation delegation, boolean extended) {}

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private Mailer mailer;
  @Inject private Links links;

  /**
   * Grants the support centre access until the end of {@code until} (an ISO day, today at the
   * earliest, at most a year ahead); granted again while open, the same grant runs to the new day.
   */
  @Transactional
  public Granted grant(SignedInUser member, long enterpriseId, Long organisationId, String until) {
    Enterprise enterprise = enterprises.ownedBy(member, enterpriseId);
    Organisation centre =
        organisationId == null ? null : em.find(Organisation.class, organisationId);
    if (centre == null || centre.getKind() != OrganisationKind.SUPPORT_CENTRE) {
      throw new InvalidInputException("organisationId", "delegation.centre.unknown");
    }
    Instant end = endOf(until);
    Instant now = Instant.now();
    Delegation open =
        em.createNamedQuery("Delegation.findOpen", Delegation.class)
            .setParameter("enterprise", enterpriseId)
            .setParameter("organisation", organisationId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (open != null && open.isActive(now)) {
      open.extend(end);
      log(open, member, "delegation.extended", until.strip(), now);
      return new Granted(open, true);
    }
    if (open != null) {
      open.replaced(now);
      em.flush();
    }
    var delegation = new Delegation(enterprise, centre, member.id(), now, end);
    try {
      em.persist(delegation);
      em.flush();
    } catch (PersistenceException twoAtOnce) {
      throw new ConflictException("organisationId", "delegation.granted_meanwhile");
    }
    log(delegation, member, "delegation.granted", until, now);
    tellStaff(delegation);
    return new Granted(delegation, false);
  }

  /** Ends the grant now; its staff get 403 from the next request on. */
  @Transactional
  public Delegation revoke(SignedInUser member, long enterpriseId, long delegationId) {
    enterprises.ownedBy(member, enterpriseId);
    Delegation delegation = em.find(Delegation.class, delegationId);
    if (delegation == null || delegation.getEnterprise().getId() != enterpriseId) {
      throw new NotFoundException();
    }
    Instant now = Instant.now();
    delegation.revoke(member.id(), now);
    log(delegation, member, "delegation.revoked", null, now);
    return delegation;
  }

  /** Every grant the enterprise gave, newest first; for its members. */
  public List<Delegation> ofEnterprise(SignedInUser member, long enterpriseId) {
    enterprises.ownedBy(member, enterpriseId);
    return em.createNamedQuery("Delegation.findByEnterprise", Delegation.class)
        .setParameter("enterprise", enterpriseId)
        .getResultList();
  }

  /** The newest lines of the enterprise's log ({@link #LOG_MAX}); for its members. */
  public List<DelegatedAction> log(SignedInUser member, long enterpriseId) {
    enterprises.ownedBy(member, enterpriseId);
    return em.createNamedQuery("DelegatedAction.findByEnterprise", DelegatedAction.class)
        .setParameter("enterprise", enterpriseId)
        .setMaxResults(LOG_MAX)
        .getResultList();
  }

  /** The support centres a grant may go to, by name. */
  public List<Organisation> supportCentres() {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.name.el, o.id",
            Organisation.class)
        .setParameter("kind", OrganisationKind.SUPPORT_CENTRE)
        .getResultList();
  }

  /** The name of an account (a granting or revoking member) as it is now. */
  public String nameOf(Long accountId) {
    UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
    return account == null ? "" : account.getName();
  }

  /** The end of the named Athens day; 400 naming {@code until} when missing, wrong or too far. */
  static Instant endOf(String until) {
    if (until == null || until.isBlank()) {
      throw new InvalidInputException("until", "delegation.until.required");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(until.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("until", "delegation.until.invalid");
    }
    LocalDate today = LocalDate.now(ATHENS);
    if (!day.isAfter(today.minusDays(1)) || day.isAfter(today.plusDays(Delegation.MAX_DAYS))) {
      throw new InvalidInputException("until", "delegation.until.range", Delegation.MAX_DAYS);
    }
    return day.plusDays(1).atStartOfDay(ATHENS).toInstant();
  }

  private void log(
      Delegation delegation, SignedInUser member, String action, String subject, Instant now) {
    em.persist(new DelegatedAction(delegation, member, action, subject, now));
  }

  /** The centre's staff learn, each in their language, which enterprise they may now help. */
  private void tellStaff(Delegation delegation) {
    for (Long staffId : delegation.getOrganisation().staffIds()) {
      UserAccount account = em.find(UserAccount.class, staffId);
      if (account == null || !account.isActive()) {
        continue;
      }
      Locale locale = Language.fromCode(account.getLanguage()).locale();
      mailer.send(
          new Mail(
              account.getEmail(),
              Texts.get(locale, "mail.delegation.subject", delegation.getEnterprise().getName()),
              Texts.get(
                  locale,
                  "mail.delegation.body",
                  account.getName(),
                  delegation.getEnterprise().getName(),
                  delegation.getOrganisation().name(locale),
                  links.to("/dashboard/municipality#supported-title"))));
    }
  }
}
