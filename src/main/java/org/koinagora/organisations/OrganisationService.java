package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.persistence.EmailInvitation;

/**
 * An admin creates organisations and invites their first staff by mail; staff invite colleagues.
 * Whoever accepts an invitation to their own address joins the staff (and so has the MUNICIPALITY
 * role from the next request on).
 */
@ApplicationScoped
public class OrganisationService {

  private static final Duration INVITE_LIFETIME = Duration.ofDays(14);

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private Links links;

  /** A new organisation, and an invitation to its first staff member when an address is given. */
  @Transactional
  public Organisation create(
      SignedInUser admin,
      @Valid OrganisationDraft draft,
      @Email(message = "{account.email.invalid}")
          @Size(max = 254, message = "{account.email.invalid}")
          String staffEmail,
      Locale language) {
    if (!admin.has(Role.ADMIN)) {
      throw new AccessDeniedException();
    }
    if (draft == null) {
      throw new InvalidInputException("kind", "organisation.kind.required");
    }
    var organisation =
        new Organisation(
            draft.kind(), BilingualText.of(draft.nameEl(), draft.nameEn()), draft.region());
    organisation.describe(
        draft.descriptionEl() == null || draft.descriptionEl().isBlank()
            ? null
            : BilingualText.of(draft.descriptionEl(), draft.descriptionEn()),
        draft.offers() == null || draft.offers().isEmpty()
            ? EnumSet.noneOf(Offer.class)
            : EnumSet.copyOf(draft.offers()),
        draft.contactEmail(),
        draft.contactPhone(),
        draft.website());
    em.persist(organisation);
    em.flush();
    if (staffEmail != null && !staffEmail.isBlank()) {
      invite(organisation, admin, staffEmail, language);
    }
    return organisation;
  }

  /** An admin invites anyone to any organisation's staff; its staff invite colleagues. */
  @Transactional
  public void inviteStaff(
      SignedInUser inviter,
      long organisationId,
      @NotBlank(message = "{account.email.invalid}")
          @Email(message = "{account.email.invalid}")
          @Size(max = 254, message = "{account.email.invalid}")
          String email,
      Locale language) {
    invite(administeredBy(inviter, organisationId), inviter, email, language);
  }

  private void invite(
      Organisation organisation, SignedInUser inviter, String email, Locale language) {
    var issued = HashedToken.issue(INVITE_LIFETIME);
    String invitee = UserAccount.normaliseEmail(email);
    em.persist(new OrganisationInvite(organisation, invitee, issued.token()));
    mailer.send(
        new Mail(
            invitee,
            Texts.get(language, "mail.staff_invite.subject", organisation.name(language)),
            Texts.get(
                language,
                "mail.staff_invite.body",
                inviter.name(),
                organisation.name(language),
                links.to("/staff-invitation?token=" + issued.secret()))));
  }

  @Transactional
  public Organisation acceptInvite(SignedInUser user, String token) {
    OrganisationInvite invite =
        EmailInvitation.openFor(em, OrganisationInvite.class, token, user.email());
    invite.accept(user.id());
    return invite.getOrganisation();
  }

  /** The staff's accounts by name, for the organisation's staff and admins. */
  public List<UserAccount> staff(SignedInUser reader, long organisationId) {
    Organisation organisation = administeredBy(reader, organisationId);
    if (organisation.staffIds().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.id IN :ids ORDER BY u.name, u.id",
            UserAccount.class)
        .setParameter("ids", organisation.staffIds())
        .getResultList();
  }

  private Organisation administeredBy(SignedInUser user, long organisationId) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new NotFoundException();
    }
    if (!user.has(Role.ADMIN) && !organisation.hasStaff(user.id())) {
      throw new AccessDeniedException();
    }
    return organisation;
  }
}
