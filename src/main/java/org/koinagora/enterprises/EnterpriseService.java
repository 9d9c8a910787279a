package org.koinagora.enterprises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.events.PublicContentChanged;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.persistence.EmailInvitation;

/** Registering, editing, verifying enterprises and growing their membership. */
@ApplicationScoped
public class EnterpriseService {

  private static final Duration INVITE_LIFETIME = Duration.ofDays(14);

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private Event<PublicContentChanged> changes;
  @Inject private Event<EnterpriseRegistered> registered;

  @Transactional
  public Enterprise create(SignedInUser founder, @Valid EnterpriseProfile profile) {
    requireGreekBesideEnglish(profile);
    requireVatNumberFree(profile.vatNumber().strip(), null);
    var enterprise = new Enterprise(profile, founder.id());
    em.persist(enterprise);
    em.flush();
    registered.fire(new EnterpriseRegistered(enterprise.getId()));
    return enterprise;
  }

  @Transactional
  public Enterprise update(
      SignedInUser member, long enterpriseId, @Valid EnterpriseProfile profile) {
    Enterprise enterprise = ownedBy(member, enterpriseId);
    requireGreekBesideEnglish(profile);
    requireVatNumberFree(profile.vatNumber().strip(), enterprise.getId());
    enterprise.apply(profile);
    enterprise.resubmitIfRejected();
    changes.fire(PublicContentChanged.enterprise(enterprise.getId()));
    return enterprise;
  }

  /** A returns policy or terms given in English only: Greek is the text every buyer can read. */
  private static void requireGreekBesideEnglish(EnterpriseProfile profile) {
    if (isBlank(profile.returnsEl()) && !isBlank(profile.returnsEn())) {
      throw new InvalidInputException("returnsEl", "enterprise.legal.greek_required");
    }
    if (isBlank(profile.termsEl()) && !isBlank(profile.termsEn())) {
      throw new InvalidInputException("termsEl", "enterprise.legal.greek_required");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The enterprise, if the user is one of its members; 403 otherwise. */
  public Enterprise ownedBy(SignedInUser member, long enterpriseId) {
    Enterprise enterprise = em.find(Enterprise.class, enterpriseId);
    if (enterprise == null) {
      throw new NotFoundException();
    }
    if (!enterprise.hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    return enterprise;
  }

  /**
   * The enterprise a member acts for: the one named (if theirs), or their only one. 403 for someone
   * in no enterprise; 400 naming {@code enterprise} for a member of several.
   */
  public Enterprise actingFor(SignedInUser member, Long enterpriseId) {
    if (enterpriseId != null) {
      return ownedBy(member, enterpriseId);
    }
    List<Enterprise> own = ofMember(member.id());
    if (own.isEmpty()) {
      throw new AccessDeniedException("enterprise.none");
    }
    if (own.size() > 1) {
      throw new InvalidInputException("enterprise", "enterprise.choose");
    }
    return own.get(0);
  }

  public List<Enterprise> ofMember(long userId) {
    return em.createNamedQuery("Enterprise.findByMember", Enterprise.class)
        .setParameter("member", userId)
        .getResultList();
  }

  public List<Enterprise> pending() {
    return em.createNamedQuery("Enterprise.findByStatus", Enterprise.class)
        .setParameter("status", EnterpriseStatus.PENDING)
        .getResultList();
  }

  @Transactional
  public void verify(SignedInUser admin, long enterpriseId) {
    Enterprise enterprise = forAdmin(admin, enterpriseId);
    if (enterprise.getStatus() == EnterpriseStatus.VERIFIED) {
      return;
    }
    enterprise.verify();
    changes.fire(PublicContentChanged.enterprise(enterprise.getId()));
    mailMembers(
        enterprise, "mail.enterprise_verified.subject", "mail.enterprise_verified.body", "");
  }

  @Transactional
  public void reject(
      SignedInUser admin,
      long enterpriseId,
      @NotBlank(message = "{enterprise.reason.required}")
          @Size(max = Enterprise.REASON_MAX, message = "{enterprise.reason.size}")
          String reason) {
    Enterprise enterprise = forAdmin(admin, enterpriseId);
    enterprise.reject(reason);
    changes.fire(PublicContentChanged.enterprise(enterprise.getId()));
    mailMembers(
        enterprise, "mail.enterprise_rejected.subject", "mail.enterprise_rejected.body", reason);
  }

  @Transactional
  public void invite(
      SignedInUser member,
      long enterpriseId,
      @NotBlank(message = "{account.email.invalid}")
          @Email(message = "{account.email.invalid}")
          @Size(max = 254, message = "{account.email.invalid}")
          String email,
      Locale language) {
    Enterprise enterprise = ownedBy(member, enterpriseId);
    var issued = HashedToken.issue(INVITE_LIFETIME);
    String invitee = UserAccount.normaliseEmail(email);
    em.persist(new EnterpriseInvite(enterprise, invitee, issued.token()));
    mailer.send(
        new Mail(
            invitee,
            Texts.get(language, "mail.invite.subject", enterprise.getName()),
            Texts.get(
                language,
                "mail.invite.body",
                member.name(),
                enterprise.getName(),
                links.to("/invitation?token=" + issued.secret()))));
  }

  @Transactional
  public Enterprise acceptInvite(SignedInUser user, String token) {
    EnterpriseInvite invite =
        EmailInvitation.openFor(em, EnterpriseInvite.class, token, user.email());
    invite.accept(user.id());
    return invite.getEnterprise();
  }

  private Enterprise forAdmin(SignedInUser admin, long enterpriseId) {
    if (!admin.has(Role.ADMIN)) {
      throw new AccessDeniedException();
    }
    Enterprise enterprise = em.find(Enterprise.class, enterpriseId);
    if (enterprise == null) {
      throw new NotFoundException();
    }
    return enterprise;
  }

  private void requireVatNumberFree(String vatNumber, Long ownId) {
    boolean taken =
        em.createNamedQuery("Enterprise.findByVatNumber", Enterprise.class)
            .setParameter("vatNumber", vatNumber)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(ownId));
    if (taken) {
      throw new ConflictException("vatNumber", "enterprise.vatNumber.taken");
    }
  }

  private void mailMembers(
      Enterprise enterprise, String subjectKey, String bodyKey, String reason) {
    mailMembers(
        enterprise,
        (member, locale) ->
            new Mail(
                member.getEmail(),
                Texts.get(locale, subjectKey, enterprise.getName()),
                Texts.get(
                    locale,
                    bodyKey,
                    member.getName(),
                    enterprise.getName(),
                    reason,
                    links.to("/dashboard/enterprise"))));
  }

  /** Sends each active member of the enterprise the mail composed for them, in their language. */
  public void mailMembers(Enterprise enterprise, BiFunction<UserAccount, Locale, Mail> compose) {
    for (Long memberId : enterprise.getMemberIds()) {
      UserAccount member = em.find(UserAccount.class, memberId);
      if (member != null && member.isActive()) {
        mailer.send(compose.apply(member, Language.fromCode(member.getLanguage()).locale()));
      }
    }
  }
}
