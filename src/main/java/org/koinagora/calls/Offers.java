package org.koinagora.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;

/**
 * Sealed offers on calls. Before the offer deadline an offer is read only by its own enterprise
 * (and the partners it names); every other reader learns how many there are ({@link
 * Calls#offerCount}). After the deadline the call's organisation reads them all.
 */
@ApplicationScoped
public class Offers {

  /** An offer as a reader who may see it sees it: the note opened. */
  public record Opened(CallOffer offer, String note) {}

  @PersistenceContext private EntityManager em;
  @Inject private Calls calls;
  @Inject private EnterpriseAccess access;
  @Inject private OfferSeal seal;

  /**
   * Submits the enterprise's offer, or replaces the one it made ({@code replaced} true: same id).
   *
   * @throws AccessDeniedException with every reason for an enterprise that is not eligible
   * @throws ConflictException at or after the offer deadline
   */
  @Transactional
  public Submitted submit(
      SignedInUser user,
      long callId,
      Long enterpriseId,
      BigDecimal price,
      @Size(max = CallOffer.NOTE_MAX, message = "{call.offer.note.size}") String note,
      List<Long> partners,
      Locale locale) {
    // the call's row is locked: offers on one call take turns with each other and with the award
    Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
    if (call == null || call.getStoredStatus() == CallStatus.DRAFT) {
      throw new NotFoundException();
    }
    var acting = access.actingFor(user, enterpriseId);
    Enterprise enterprise = acting.enterprise();
    if (!call.takesOffers(Instant.now())) {
      throw new ConflictException(null, "call.offers_closed");
    }
    Eligibility eligibility = calls.eligibility(call, enterprise);
    if (!eligibility.eligible()) {
      throw new AccessDeniedException("eligibility.refused", eligibility.explain(locale));
    }
    if (price == null) {
      throw new InvalidInputException("price", "call.offer.price.required");
    }
    if (price.signum() < 0 || price.scale() > 2 || price.precision() - price.scale() > 8) {
      throw new InvalidInputException("price", "call.offer.price.invalid");
    }
    List<Long> partnerIds = partners(call, enterprise, partners, locale);
    oneOfferEach(call, enterprise, partnerIds);
    CallOffer offer =
        em.createQuery(
                "SELECT o FROM CallOffer o WHERE o.call = :call AND o.enterprise = :enterprise",
                CallOffer.class)
            .setParameter("call", call)
            .setParameter("enterprise", enterprise)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean replaced = offer != null;
    if (offer == null) {
      offer = new CallOffer(call, enterprise, user.id(), Instant.now());
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    offer.submit(
        price, seal.seal(text, callId, enterprise.getId()), partnerIds, user.id(), Instant.now());
    if (!replaced) {
      em.persist(offer);
    }
    access.record(acting, "call.offer_submitted", call.getTitle().el());
    em.flush();
    return new Submitted(new Opened(offer, text), replaced);
  }

  /** What {@link #submit} did: the offer, and whether it replaced an earlier one. */
  public record Submitted(Opened opened, boolean replaced) {}

  /** Withdraws the enterprise's own offer before the deadline; it then counts no more. */
  @Transactional
  public CallOffer withdraw(SignedInUser user, long offerId) {
    CallOffer offer = own(user, offerId);
    em.find(Call.class, offer.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
    offer.withdraw(Instant.now());
    return offer;
  }

  /** A partner named on a joint offer accepts it for its enterprise. */
  @Transactional
  public CallOffer accept(SignedInUser user, long offerId, Long enterpriseId) {
    CallOffer offer = em.find(CallOffer.class, offerId);
    if (offer == null) {
      throw new NotFoundException();
    }
    Enterprise partner = access.actingFor(user, enterpriseId).enterprise();
    if (!offer.names(partner.getId())) {
      throw new NotFoundException();
    }
    offer.acceptAsPartner(partner.getId(), Instant.now());
    return offer;
  }

  /** The offers of the enterprises the user is a member of, and those naming them as partners. */
  public List<Opened> mine(SignedInUser user) {
    List<CallOffer> found =
        em.createQuery(
                "SELECT DISTINCT o FROM CallOffer o LEFT JOIN o.partners p WHERE :user MEMBER OF"
                    + " o.enterprise.memberIds OR p.enterpriseId IN (SELECT e.id FROM Enterprise e"
                    + " WHERE :user MEMBER OF e.memberIds) ORDER BY o.id DESC",
                CallOffer.class)
            .setParameter("user", user.id())
            .getResultList();
    List<Opened> opened = new ArrayList<>();
    for (CallOffer offer : found) {
      opened.add(open(offer));
    }
    return opened;
  }

  /** The enterprise's own offer on a call, if it made one (for the call's page). */
  public Opened ownOn(SignedInUser user, Call call, Enterprise enterprise) {
    if (!enterprise.hasMember(user.id())) {
      return null;
    }
    return em.createQuery(
            "SELECT o FROM CallOffer o WHERE o.call = :call AND o.enterprise = :enterprise",
            CallOffer.class)
        .setParameter("call", call)
        .setParameter("enterprise", enterprise)
        .getResultStream()
        .findFirst()
        .map(this::open)
        .orElse(null);
  }

  /**
   * Every standing offer on the call, cheapest first, for its organisation's staff — only once the
   * offer deadline is past.
   *
   * @throws ConflictException before the deadline (the offers are sealed)
   */
  public List<Opened> unsealed(SignedInUser staff, long callId) {
    Call call = calls.managed(staff, callId, false);
    if (!call.isUnsealed(Instant.now())) {
      throw new ConflictException(null, "call.sealed");
    }
    List<Opened> opened = new ArrayList<>();
    for (CallOffer offer :
        em.createQuery(
                "SELECT o FROM CallOffer o WHERE o.call = :call AND o.status ="
                    + " org.koinagora.calls.CallOffer.Status.SUBMITTED ORDER BY o.price, o.id",
                CallOffer.class)
            .setParameter("call", call)
            .getResultList()) {
      opened.add(open(offer));
    }
    return opened;
  }

  public Enterprise enterprise(long id) {
    return em.find(Enterprise.class, id);
  }

  private Opened open(CallOffer offer) {
    return new Opened(
        offer,
        seal.open(offer.sealedNote(), offer.getCall().getId(), offer.getEnterprise().getId()));
  }

  private CallOffer own(SignedInUser user, long offerId) {
    CallOffer offer = em.find(CallOffer.class, offerId);
    if (offer == null) {
      throw new NotFoundException();
    }
    access.on(user, offer.getEnterprise());
    return offer;
  }

  /**
   * Each enterprise stands in one offer of a call: it cannot name a partner that offers alone or is
   * named elsewhere, nor offer while another offer names it (it would read that offer).
   */
  private void oneOfferEach(Call call, Enterprise lead, List<Long> partnerIds) {
    List<CallOffer> standing =
        em
            .createQuery(
                "SELECT o FROM CallOffer o WHERE o.call = :call AND o.status ="
                    + " org.koinagora.calls.CallOffer.Status.SUBMITTED",
                CallOffer.class)
            .setParameter("call", call)
            .getResultList()
            .stream()
            .filter(o -> !o.getEnterprise().getId().equals(lead.getId()))
            .toList();
    if (standing.stream().anyMatch(o -> o.names(lead.getId()))) {
      throw new ConflictException("partners", "call.offer.named_elsewhere");
    }
    for (Long id : partnerIds) {
      if (standing.stream().anyMatch(o -> o.getEnterprise().getId().equals(id) || o.names(id))) {
        throw new ConflictException("partners", "call.offer.partner_taken");
      }
    }
  }

  private List<Long> partners(Call call, Enterprise lead, List<Long> partners, Locale locale) {
    if (partners == null || partners.isEmpty()) {
      return List.of();
    }
    Set<Long> distinct = new LinkedHashSet<>(partners);
    if (distinct.size() != partners.size() || distinct.contains(lead.getId())) {
      throw new InvalidInputException("partners", "call.offer.partners.repeated");
    }
    if (distinct.size() > CallOffer.PARTNERS_MAX) {
      throw new InvalidInputException("partners", "call.offer.partners.too_many");
    }
    for (Long id : distinct) {
      Enterprise partner = id == null ? null : em.find(Enterprise.class, id);
      if (partner == null || !partner.isPublic()) {
        throw new InvalidInputException("partners", "call.offer.partners.unknown");
      }
      Eligibility eligibility = calls.eligibility(call, partner);
      if (!eligibility.eligible()) {
        throw new InvalidInputException(
            "partners",
            "call.offer.partners.ineligible",
            partner.getName(),
            eligibility.explain(locale));
      }
    }
    return List.copyOf(distinct);
  }
}
