package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;

/**
 * A partnership's staff invite organisations and enterprises; each joins when its own staff or
 * members accept. Only accepted members are public.
 */
@ApplicationScoped
public class Partnerships {

  /** A member (or invitee) with its name, as pages and the API show it. */
  public record Member(
      long membershipId,
      PartnershipMember.Kind kind,
      long id,
      String name,
      PartnershipMember.Status status) {}

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private Mailer mailer;
  @Inject private Links links;

  @Transactional
  public PartnershipMember invite(
      SignedInUser staff, long partnershipId, PartnershipMember.Kind kind, Long memberId) {
    Organisation partnership = em.find(Organisation.class, partnershipId);
    if (partnership == null) {
      throw new NotFoundException();
    }
    if (!staff.has(Role.ADMIN) && !partnership.hasStaff(staff.id())) {
      throw new AccessDeniedException();
    }
    if (partnership.getKind() != OrganisationKind.PARTNERSHIP) {
      throw new ConflictException(null, "partnership.not_a_partnership");
    }
    if (kind == null) {
      throw new InvalidInputException("kind", "partnership.kind.required");
    }
    if (memberId == null || !exists(kind, memberId) || isItself(partnership, kind, memberId)) {
      throw new InvalidInputException("memberId", "partnership.member.unknown");
    }
    Instant now = Instant.now();
    var existing = find(partnershipId, kind, memberId);
    if (existing != null) {
      existing.inviteAgain(now);
      tell(existing);
      return existing;
    }
    var membership = new PartnershipMember(partnership, kind, memberId, now);
    try {
      em.persist(membership);
      em.flush();
    } catch (PersistenceException twoAtOnce) {
      throw new ConflictException("memberId", "partnership.already_invited");
    }
    tell(membership);
    return membership;
  }

  /**
   * Mails the invitation to whoever answers it: the invited enterprise's members, or the invited
   * organisation's staff, each in their language, with the dashboard where it waits.
   */
  private void tell(PartnershipMember membership) {
    Organisation partnership = membership.getPartnership();
    BiFunction<UserAccount, Locale, Mail> invitation =
        (account, locale) ->
            new Mail(
                account.getEmail(),
                Texts.get(locale, "mail.partnership_invitation.subject", partnership.name(locale)),
                Texts.get(
                    locale,
                    "mail.partnership_invitation.body",
                    account.getName(),
                    partnership.name(locale),
                    nameOf(membership, locale),
                    links.to(
                        membership.getKind() == PartnershipMember.Kind.ENTERPRISE
                            ? "/dashboard/enterprise"
                            : "/dashboard/municipality")));
    if (membership.getKind() == PartnershipMember.Kind.ENTERPRISE) {
      enterprises.mailMembers(em.find(Enterprise.class, membership.getMemberId()), invitation);
      return;
    }
    for (Long staffId : em.find(Organisation.class, membership.getMemberId()).staffIds()) {
      UserAccount account = em.find(UserAccount.class, staffId);
      if (account != null && account.isActive()) {
        mailer.send(invitation.apply(account, Language.fromCode(account.getLanguage()).locale()));
      }
    }
  }

  /** The invited organisation's staff, or the invited enterprise's members, accept or decline. */
  @Transactional
  public PartnershipMember decide(SignedInUser user, long membershipId, boolean accept) {
    PartnershipMember membership = em.find(PartnershipMember.class, membershipId);
    if (membership == null) {
      throw new NotFoundException();
    }
    if (!speaksFor(user, membership.getKind(), membership.getMemberId())) {
      throw new AccessDeniedException();
    }
    membership.decide(accept, Instant.now());
    return membership;
  }

  /** The invitations waiting for the user's organisations and enterprises. */
  public List<PartnershipMember> invitationsFor(SignedInUser user) {
    return em.createQuery(
            "SELECT m FROM PartnershipMember m WHERE m.status ="
                + " org.koinagora.organisations.PartnershipMember.Status.INVITED AND ((m.kind ="
                + " org.koinagora.organisations.PartnershipMember.Kind.ORGANISATION AND m.memberId"
                + " IN (SELECT o.id FROM Organisation o WHERE :user MEMBER OF o.staffIds)) OR"
                + " (m.kind = org.koinagora.organisations.PartnershipMember.Kind.ENTERPRISE AND"
                + " m.memberId IN (SELECT e.id FROM Enterprise e WHERE :user MEMBER OF"
                + " e.memberIds))) ORDER BY m.invitedAt",
            PartnershipMember.class)
        .setParameter("user", user.id())
        .getResultList();
  }

  /** The partnership's accepted members by name; with {@code andInvited}, the pending ones too. */
  public List<Member> membersOf(long partnershipId, boolean andInvited, Locale locale) {
    return em.createQuery(
            "SELECT m FROM PartnershipMember m WHERE m.partnership.id = :partnership AND m.status"
                + " IN :shown ORDER BY m.kind, m.id",
            PartnershipMember.class)
        .setParameter("partnership", partnershipId)
        .setParameter(
            "shown",
            andInvited
                ? List.of(PartnershipMember.Status.ACCEPTED, PartnershipMember.Status.INVITED)
                : List.of(PartnershipMember.Status.ACCEPTED))
        .getResultStream()
        .map(
            m ->
                new Member(
                    m.getId(), m.getKind(), m.getMemberId(), nameOf(m, locale), m.getStatus()))
        .toList();
  }

  /** How many accepted members each partnership has (absent: none). */
  public Map<Long, Integer> memberCounts() {
    Map<Long, Integer> counts = new HashMap<>();
    em.createQuery(
            "SELECT m.partnership.id, COUNT(m) FROM PartnershipMember m WHERE m.status ="
                + " org.koinagora.organisations.PartnershipMember.Status.ACCEPTED GROUP BY"
                + " m.partnership.id",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  /** The name of an invitation's member, for the reader. */
  public String nameOf(PartnershipMember membership, Locale locale) {
    if (membership.getKind() == PartnershipMember.Kind.ORGANISATION) {
      Organisation organisation = em.find(Organisation.class, membership.getMemberId());
      return organisation == null ? "" : organisation.name(locale);
    }
    Enterprise enterprise = em.find(Enterprise.class, membership.getMemberId());
    return enterprise == null ? "" : enterprise.getName();
  }

  private boolean exists(PartnershipMember.Kind kind, long memberId) {
    if (kind == PartnershipMember.Kind.ORGANISATION) {
      return em.find(Organisation.class, memberId) != null;
    }
    Enterprise enterprise = em.find(Enterprise.class, memberId);
    return enterprise != null && enterprise.isPublic();
  }

  private static boolean isItself(
      Organisation partnership, PartnershipMember.Kind kind, long memberId) {
    return kind == PartnershipMember.Kind.ORGANISATION && partnership.getId() == memberId;
  }

  private boolean speaksFor(SignedInUser user, PartnershipMember.Kind kind, long memberId) {
    if (kind == PartnershipMember.Kind.ORGANISATION) {
      Organisation organisation = em.find(Organisation.class, memberId);
      return organisation != null && organisation.hasStaff(user.id());
    }
    Enterprise enterprise = em.find(Enterprise.class, memberId);
    return enterprise != null && enterprise.hasMember(user.id());
  }

  private PartnershipMember find(long partnershipId, PartnershipMember.Kind kind, long memberId) {
    return em.createQuery(
            "SELECT m FROM PartnershipMember m WHERE m.partnership.id = :partnership AND m.kind ="
                + " :kind AND m.memberId = :member",
            PartnershipMember.class)
        .setParameter("partnership", partnershipId)
        .setParameter("kind", kind)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
