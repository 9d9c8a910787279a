package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.NotSignedInException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;

/**
 * Groups ask a support centre for advice and talk it over with the centre's staff. Only the
 * centre's staff and the requester (by account, or by the private link mailed to them) read a
 * thread; each message mails the other side.
 */
@ApplicationScoped
public class AdviceDesk {

  /** A thread as one reader sees it: the request and the side the reader writes for. */
  public record Thread(AdviceRequest request, AdviceMessage.Author side) {

    public boolean isStaff() {
      return side == AdviceMessage.Author.STAFF;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private Links links;
  @Inject private AdviceThrottle throttle;

  /**
   * A new request to a support centre, by a visitor ({@code requester} null) or a signed-in person
   * (whose account's address is used); mails the requester their private link and the centre's
   * staff the question.
   *
   * @throws NotFoundException for anything but a support centre
   * @throws ConflictException for a centre without staff on Koinagora
   */
  @Transactional
  public AdviceRequest ask(
      long centreId,
      @Valid AdviceQuestion question,
      SignedInUser requester,
      Locale language,
      String client) {
    Organisation centre = em.find(Organisation.class, centreId);
    if (centre == null || centre.getKind() != OrganisationKind.SUPPORT_CENTRE) {
      throw new NotFoundException();
    }
    if (centre.staffIds().isEmpty()) {
      // nobody could ever answer: its page shows its contact instead of the form
      throw new ConflictException(null, "advice.no_staff");
    }
    throttle.request(client, question.email());
    var asked =
        AdviceRequest.ask(
            centre,
            question,
            requester == null ? null : requester.id(),
            Language.fromCode(language.getLanguage()).code(),
            Instant.now());
    AdviceRequest request = asked.request();
    em.persist(request);
    em.flush();
    Locale theirs = requesterLocale(request);
    mailer.send(
        new Mail(
            request.getEmail(),
            Texts.get(theirs, "mail.advice.asked.subject", centre.name(theirs)),
            Texts.get(
                theirs,
                // nothing the visitor typed: the address is not confirmed, so the form must not
                // carry anyone's text to anyone's mailbox
                "mail.advice.asked.body",
                centre.name(theirs),
                privateLink(request, asked.secret()))));
    mailStaff(request, question.message().strip(), true);
    return request;
  }

  /**
   * The thread for whoever holds its link ({@code secret}), or for the signed-in requester or staff
   * member of the centre.
   *
   * @throws NotFoundException for an unknown thread, or a link that no longer opens it
   * @throws NotSignedInException for a visitor without a link
   * @throws AccessDeniedException for anyone else
   */
  public Thread read(long requestId, String secret, SignedInUser user) {
    AdviceRequest request = em.find(AdviceRequest.class, requestId);
    return new Thread(existing(request), sideOf(request, secret, user));
  }

  /** A message from the reader's side; mails the other side. Refused (409) once closed. */
  @Transactional
  public AdviceMessage write(
      long requestId,
      String secret,
      SignedInUser user,
      @NotBlank(message = "{advice.message.required}")
          @Size(max = AdviceMessage.BODY_MAX, message = "{advice.message.size}")
          String body,
      String client) {
    // locked: the two sides writing at once take turns instead of one failing
    AdviceRequest request =
        existing(em.find(AdviceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    AdviceMessage.Author side = sideOf(request, secret, user);
    boolean staff = side == AdviceMessage.Author.STAFF;
    if (!staff) {
      // every message of the requester's side mails the centre's staff
      throttle.message(client);
    }
    var message =
        request.write(
            side,
            staff ? Long.valueOf(user.id()) : request.getRequesterId(),
            staff ? user.name() : request.getRequesterName(),
            body,
            Instant.now());
    if (staff) {
      Locale theirs = requesterLocale(request);
      Organisation centre = request.getOrganisation();
      mailer.send(
          new Mail(
              request.getEmail(),
              Texts.get(theirs, "mail.advice.answered.subject", centre.name(theirs)),
              Texts.get(
                  theirs,
                  "mail.advice.answered.body",
                  request.getRequesterName(),
                  user.name(),
                  centre.name(theirs),
                  message.getBody(),
                  privateLink(request, request.newLink()))));
    } else {
      mailStaff(request, message.getBody(), false);
    }
    return message;
  }

  /** The centre's staff end the conversation: it stays readable, and nobody writes any more. */
  @Transactional
  public AdviceRequest close(long requestId, SignedInUser staff) {
    AdviceRequest request =
        existing(em.find(AdviceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    if (sideOf(request, null, staff) != AdviceMessage.Author.STAFF) {
      throw new AccessDeniedException();
    }
    request.close(Instant.now());
    return request;
  }

  /** A support centre's requests, open ones first, then by their last message, newest first. */
  public List<AdviceRequest> ofCentre(SignedInUser staff, long centreId) {
    Organisation centre = em.find(Organisation.class, centreId);
    if (centre == null) {
      throw new NotFoundException();
    }
    if (!centre.hasStaff(staff.id())) {
      throw new AccessDeniedException();
    }
    return em.createQuery(
            "SELECT r FROM AdviceRequest r WHERE r.organisation.id = :centre ORDER BY CASE WHEN"
                + " r.status = org.koinagora.organisations.AdviceRequest.Status.OPEN THEN 0 ELSE 1"
                + " END, r.lastMessageAt DESC, r.id DESC",
            AdviceRequest.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  /** The support centres whose staff the user is, by Greek name. */
  public List<Organisation> centresOf(SignedInUser user) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind ="
                + " org.koinagora.organisations.OrganisationKind.SUPPORT_CENTRE AND :user MEMBER OF"
                + " o.staffIds ORDER BY o.name.el, o.id",
            Organisation.class)
        .setParameter("user", user.id())
        .getResultList();
  }

  /** The requests a signed-in person made, newest first. */
  public List<AdviceRequest> ofRequester(SignedInUser user) {
    return em.createQuery(
            "SELECT r FROM AdviceRequest r WHERE r.requesterId = :user ORDER BY r.lastMessageAt"
                + " DESC, r.id DESC",
            AdviceRequest.class)
        .setParameter("user", user.id())
        .getResultList();
  }

  private static AdviceRequest existing(AdviceRequest request) {
    if (request == null) {
      throw new NotFoundException();
    }
    return request;
  }

  private static AdviceMessage.Author sideOf(
      AdviceRequest request, String secret, SignedInUser user) {
    if (secret != null && !secret.isBlank() && request.opensWith(secret, Instant.now())) {
      return AdviceMessage.Author.REQUESTER;
    }
    if (user != null && request.getOrganisation().hasStaff(user.id())) {
      return AdviceMessage.Author.STAFF;
    }
    if (user != null && request.isRequester(user.id())) {
      return AdviceMessage.Author.REQUESTER;
    }
    if (secret != null && !secret.isBlank()) {
      throw new NotFoundException("advice.link_invalid");
    }
    if (user == null) {
      throw new NotSignedInException();
    }
    throw new AccessDeniedException();
  }

  /** Every active staff member of the centre, each in their language, with the thread's page. */
  private void mailStaff(AdviceRequest request, String body, boolean isNew) {
    Organisation centre = request.getOrganisation();
    for (Long staffId : centre.staffIds()) {
      UserAccount account = em.find(UserAccount.class, staffId);
      if (account == null || !account.isActive()) {
        continue;
      }
      Locale locale = Language.fromCode(account.getLanguage()).locale();
      String link = links.to("/advice/" + request.getId());
      mailer.send(
          isNew
              ? new Mail(
                  account.getEmail(),
                  Texts.get(locale, "mail.advice.new.subject", request.getRequesterName()),
                  Texts.get(
                      locale,
                      "mail.advice.new.body",
                      account.getName(),
                      request.getRequesterName(),
                      centre.name(locale),
                      request.getGroupName() == null ? "—" : request.getGroupName(),
                      Texts.get(locale, "Region." + request.getRegion()),
                      request.getLegalForm() == null
                          ? "—"
                          : Texts.get(locale, "LegalForm." + request.getLegalForm()),
                      body,
                      link))
              : new Mail(
                  account.getEmail(),
                  Texts.get(
                      locale,
                      "mail.advice.reply.subject",
                      request.getRequesterName(),
                      String.valueOf(request.getId())),
                  Texts.get(
                      locale,
                      "mail.advice.reply.body",
                      account.getName(),
                      request.getRequesterName(),
                      centre.name(locale),
                      body,
                      link)));
    }
  }

  private String privateLink(AdviceRequest request, String secret) {
    // in the language they asked in: the page opens in it, whatever their browser says
    return links.to(
        "/advice/" + request.getId() + "?token=" + secret + "&lang=" + request.getLanguage());
  }

  private static Locale requesterLocale(AdviceRequest request) {
    return Language.fromCode(request.getLanguage()).locale();
  }
}
