package org.koinagora.calls;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Categories;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.enterprises.EnterpriseStatus;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.web.Formats;

/**
 * Calls reserved for social enterprises, from the organisation's side and the public's: staff of
 * the organisation write, publish, answer questions, and after the offer deadline compare the
 * offers and award or cancel; anyone reads a published call, its answered questions, its number of
 * offers and its award.
 */
@ApplicationScoped
public class Calls {

  @PersistenceContext private EntityManager em;
  @Inject private CallOrders callOrders;
  @Inject private OrganisationDirectory organisations;
  @Inject private Categories categories;
  @Inject private EnterpriseService enterpriseMails;
  @Inject private Links links;
  @Inject private CallMails mails;

  /** A draft call by staff of the organisation (their own when none is named). */
  @Transactional
  public Call create(SignedInUser staff, Long organisationId, @Valid CallDraft draft) {
    Organisation organisation = organisationOf(staff, organisationId);
    checkCategory(draft);
    Call call = new Call(organisation, draft, staff.id(), Instant.now());
    em.persist(call);
    em.flush();
    return call;
  }

  @Transactional
  public Call edit(SignedInUser staff, long callId, @Valid CallDraft draft) {
    Call call = managed(staff, callId, true);
    checkCategory(draft);
    call.edit(draft);
    return call;
  }

  /** Opens the call and mails the verified enterprises it is for. */
  @Transactional
  public Call publish(SignedInUser staff, long callId) {
    Call call = managed(staff, callId, true);
    call.publish(Instant.now());
    for (Enterprise enterprise : matching(call)) {
      enterpriseMails.mailMembers(
          enterprise,
          (member, locale) ->
              new Mail(
                  member.getEmail(),
                  Texts.get(locale, "mail.call.published.subject", call.title(locale)),
                  Texts.get(
                      locale,
                      "mail.call.published.body",
                      member.getName(),
                      call.getOrganisation().name(locale),
                      call.title(locale),
                      Formats.dateIn(call.getOfferDeadline(), locale),
                      links.to("/calls/" + call.getId()))));
    }
    return call;
  }

  /**
   * Cancels an open call; the reason is published on the call and mailed to the enterprises that
   * offer on it.
   */
  @Transactional
  public Call cancel(
      SignedInUser staff,
      long callId,
      @NotBlank(message = "{call.cancel.reason.required}")
          @Size(max = Call.REASON_MAX, message = "{call.reason.size}")
          String reason) {
    Call call = managed(staff, callId, true);
    call.cancel(reason, Instant.now());
    mails.cancelled(call);
    return call;
  }

  /**
   * Awards the call to one offer, once the offer deadline is past; the award is public, and mailed
   * to every enterprise that offers on the call. It places the public body's order from the winner,
   * on account, with its terms (ΑΦΜ, ΔΟΥ, decision reference, VAT rate).
   *
   * @throws ConflictException before the deadline, or for a call no longer open
   */
  @Transactional
  public Call award(
      SignedInUser staff,
      long callId,
      Long offerId,
      @NotBlank(message = "{call.award.reason.required}")
          @Size(max = Call.REASON_MAX, message = "{call.reason.size}")
          String reason,
      AwardTerms terms) {
    AwardTerms checked = (terms == null ? AwardTerms.none() : terms).checked();
    Call call = managed(staff, callId, true);
    CallOffer offer = offerId == null ? null : em.find(CallOffer.class, offerId);
    if (offer == null) {
      throw new InvalidInputException("offerId", "call.award.offer_unknown");
    }
    call.award(offer, reason, Instant.now());
    if (offer.getPrice().signum() > 0) {
      callOrders.place(call, offer, staff, checked);
    }
    mails.awarded(call);
    return call;
  }

  /**
   * A question from a member of an enterprise, until the question deadline; mailed to the
   * organisation's staff (without the asker).
   */
  @Transactional
  public CallQuestion ask(
      SignedInUser user,
      long callId,
      Enterprise enterprise,
      @NotBlank(message = "{call.question.required}")
          @Size(max = CallQuestion.TEXT_MAX, message = "{call.question.size}")
          String text) {
    Call call = published(callId);
    if (!call.takesQuestions(Instant.now())) {
      throw new ConflictException(null, "call.questions_closed");
    }
    CallQuestion question =
        new CallQuestion(call, user.id(), enterprise.getId(), text, Instant.now());
    em.persist(question);
    em.flush();
    mails.asked(question);
    return question;
  }

  @Transactional
  public CallQuestion answer(
      SignedInUser staff,
      long callId,
      long questionId,
      @NotBlank(message = "{call.answer.required}")
          @Size(max = CallQuestion.TEXT_MAX, message = "{call.question.size}")
          String text) {
    Call call = managed(staff, callId, false);
    CallQuestion question = em.find(CallQuestion.class, questionId);
    if (question == null || question.getCall() != call) {
      throw new NotFoundException();
    }
    question.answer(text, Instant.now());
    return question;
  }

  /** The call if the user is staff of its organisation (any state); 404 or 403 otherwise. */
  public Call managed(SignedInUser staff, long callId, boolean lock) {
    Call call =
        lock
            ? em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Call.class, callId);
    if (call == null) {
      throw new NotFoundException();
    }
    if (!staff.has(Role.MUNICIPALITY) || !call.isManagedBy(staff.id())) {
      throw new AccessDeniedException();
    }
    return call;
  }

  /** A published call (any state but DRAFT) for anyone; 404 for drafts and unknown ids. */
  public Call published(long callId) {
    Call call = em.find(Call.class, callId);
    if (call == null || call.getStoredStatus() == CallStatus.DRAFT) {
      throw new NotFoundException();
    }
    return call;
  }

  /**
   * Published calls, latest offer deadline first, filtered by region (a call for no region is for
   * all), category (with its subcategories) and status; each filter optional.
   */
  public List<Call> list(Region region, String category, CallStatus status) {
    if (status == CallStatus.DRAFT) {
      return List.of();
    }
    Instant now = Instant.now();
    StringBuilder jpql =
        new StringBuilder(
            "SELECT c FROM Call c WHERE c.status <> org.koinagora.calls.CallStatus.DRAFT");
    boolean byCategory = category != null && !category.isBlank();
    if (byCategory) {
      jpql.append(" AND (c.category = :category OR c.category LIKE :below)");
    }
    if (status == CallStatus.OPEN) {
      jpql.append(" AND c.status = org.koinagora.calls.CallStatus.OPEN AND c.offerDeadline > :now");
    } else if (status == CallStatus.CLOSED) {
      jpql.append(
          " AND c.status = org.koinagora.calls.CallStatus.OPEN AND c.offerDeadline <= :now");
    } else if (status != null) {
      jpql.append(" AND c.status = :status");
    }
    jpql.append(" ORDER BY c.offerDeadline DESC, c.id DESC");
    var query = em.createQuery(jpql.toString(), Call.class);
    if (byCategory) {
      query.setParameter("category", category.strip());
      query.setParameter("below", category.strip() + "/%");
    }
    if (status == CallStatus.OPEN || status == CallStatus.CLOSED) {
      query.setParameter("now", now);
    } else if (status != null) {
      query.setParameter("status", status);
    }
    return query.setMaxResults(500).getResultList().stream()
        .filter(c -> region == null || c.getRegions().isEmpty() || c.getRegions().contains(region))
        .toList();
  }

  /** Every call of the organisations the user is staff of, drafts included, newest first. */
  public List<Call> ofStaff(SignedInUser staff) {
    if (!staff.has(Role.MUNICIPALITY)) {
      throw new AccessDeniedException();
    }
    return em.createQuery(
            "SELECT c FROM Call c WHERE :user MEMBER OF c.organisation.staffIds ORDER BY c.id DESC",
            Call.class)
        .setParameter("user", staff.id())
        .getResultList();
  }

  /**
   * How many offers stand (withdrawn ones do not): all that anyone but their writer learns before
   * the deadline.
   */
  public long offerCount(Call call) {
    return em.createQuery(
            "SELECT COUNT(o) FROM CallOffer o WHERE o.call = :call AND o.status ="
                + " org.koinagora.calls.CallOffer.Status.SUBMITTED",
            Long.class)
        .setParameter("call", call)
        .getSingleResult();
  }

  /** The published questions of a call: answered ones only, oldest first. */
  public List<CallQuestion> answeredQuestions(Call call) {
    return em.createQuery(
            "SELECT q FROM CallQuestion q WHERE q.call = :call AND q.answer IS NOT NULL ORDER BY"
                + " q.id",
            CallQuestion.class)
        .setParameter("call", call)
        .getResultList();
  }

  /** Every question of a call, for its organisation's staff. */
  public List<CallQuestion> allQuestions(SignedInUser staff, long callId) {
    Call call = managed(staff, callId, false);
    return em.createQuery(
            "SELECT q FROM CallQuestion q WHERE q.call = :call ORDER BY q.id", CallQuestion.class)
        .setParameter("call", call)
        .getResultList();
  }

  /** Whether an enterprise may make an offer, with the reasons it may not. */
  public Eligibility eligibility(Call call, Enterprise enterprise) {
    EnterpriseEligibility facts = em.find(EnterpriseEligibility.class, enterprise.getId());
    return Eligibility.of(
        call, enterprise, facts == null ? null : facts.facts(), LocalDate.now(Call.ATHENS));
  }

  /**
   * Verified enterprises of the call's legal forms and regions with a live listing in its category.
   */
  List<Enterprise> matching(Call call) {
    List<Enterprise> found = new ArrayList<>();
    List<Enterprise> verified =
        em.createNamedQuery("Enterprise.findByStatus", Enterprise.class)
            .setParameter("status", EnterpriseStatus.VERIFIED)
            .getResultList();
    List<Long> inCategory =
        call.getCategory() == null
            ? null
            : em.createQuery(
                    "SELECT DISTINCT l.enterprise.id FROM Listing l WHERE l.status ="
                        + " org.koinagora.catalog.ListingStatus.ACTIVE AND (l.category.path ="
                        + " :category OR l.category.path LIKE :below)",
                    Long.class)
                .setParameter("category", call.getCategory())
                .setParameter("below", call.getCategory() + "/%")
                .getResultList();
    for (Enterprise enterprise : verified) {
      boolean form =
          call.getLegalForms().isEmpty()
              || call.getLegalForms().contains(enterprise.getLegalForm());
      boolean region =
          call.getRegions().isEmpty() || call.getRegions().contains(enterprise.getRegion());
      boolean category = inCategory == null || inCategory.contains(enterprise.getId());
      if (form && region && category) {
        found.add(enterprise);
      }
    }
    return found;
  }

  private Organisation organisationOf(SignedInUser staff, Long organisationId) {
    if (!staff.has(Role.MUNICIPALITY)) {
      throw new AccessDeniedException();
    }
    Organisation organisation =
        organisationId == null
            ? organisations.ofStaff(staff.id()).orElseThrow(AccessDeniedException::new)
            : organisations
                .one(organisationId)
                .orElseThrow(
                    () -> new InvalidInputException("organisationId", "call.organisation.unknown"));
    if (!organisation.hasStaff(staff.id())) {
      throw new AccessDeniedException();
    }
    return organisation;
  }

  private void checkCategory(CallDraft draft) {
    if (draft.category() != null
        && !draft.category().isBlank()
        && categories.byPath(draft.category().strip()).isEmpty()) {
      throw new InvalidInputException("category", "call.category.unknown");
    }
  }
}
