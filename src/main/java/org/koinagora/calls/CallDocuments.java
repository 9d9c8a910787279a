package org.koinagora.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentInfo;

/**
 * The documents of calls and of offers. A call's are public once it is published (its staff add
 * them while it is a draft or open, and remove them only from a draft: those published stay). An
 * offer's are sealed with its note: until the offer deadline only the offering enterprise and its
 * partners read them, and after it the call's staff too.
 */
@ApplicationScoped
public class CallDocuments {

  @PersistenceContext private EntityManager em;
  @Inject private Calls calls;
  @Inject private EnterpriseAccess access;
  @Inject private OfferSeal seal;

  /** Adds a document to a call still a draft or taking offers. */
  @Transactional
  public DocumentInfo addToCall(SignedInUser staff, long callId, DocumentFile file) {
    Call call = calls.managed(staff, callId, true);
    CallStatus status = call.status(Instant.now());
    if (status != CallStatus.DRAFT && status != CallStatus.OPEN) {
      throw new ConflictException("file", "call.documents.closed");
    }
    if (ofCall(callId).size() >= CallDocument.PER_CALL_MAX) {
      throw new ConflictException("file", "document.too_many", CallDocument.PER_CALL_MAX);
    }
    var document = new CallDocument(callId, file, Instant.now());
    em.persist(document);
    em.flush();
    return DocumentInfo.of(
        document.getId(), file, "/api/v1/calls/" + callId + "/documents/" + document.getId());
  }

  /** Removes a document from a draft; a published call's documents stay (409). */
  @Transactional
  public void removeFromCall(SignedInUser staff, long callId, long documentId) {
    Call call = calls.managed(staff, callId, true);
    CallDocument document = em.find(CallDocument.class, documentId);
    if (document == null || document.getCallId() != callId) {
      throw new NotFoundException();
    }
    if (call.getStoredStatus() != CallStatus.DRAFT) {
      throw new ConflictException(null, "call.documents.published");
    }
    em.remove(document);
  }

  /** A call's documents, oldest first (the caller has the call: public, or its staff's). */
  public List<DocumentInfo> ofCall(long callId) {
    return em
        .createQuery(
            "SELECT d.id, d.file.name, d.file.contentType, d.file.size FROM CallDocument d WHERE"
                + " d.callId = :call ORDER BY d.id",
            Object[].class)
        .setParameter("call", callId)
        .getResultList()
        .stream()
        .map(
            row ->
                new DocumentInfo(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Integer) row[3],
                    "/api/v1/calls/" + callId + "/documents/" + row[0]))
        .toList();
  }

  /** A call's document: anyone's once the call is published, its staff's while a draft. */
  public DocumentFile callDocument(Optional<SignedInUser> user, long callId, long documentId) {
    Call call = em.find(Call.class, callId);
    if (call == null) {
      throw new NotFoundException();
    }
    if (call.getStoredStatus() == CallStatus.DRAFT) {
      SignedInUser staff = user.orElseThrow(NotFoundException::new);
      try {
        calls.managed(staff, callId, false);
      } catch (AccessDeniedException e) {
        throw new NotFoundException();
      }
    }
    CallDocument document = em.find(CallDocument.class, documentId);
    if (document == null || document.getCallId() != callId) {
      throw new NotFoundException();
    }
    return document.getFile();
  }

  /** Adds a sealed document to the enterprise's own offer, until the offer deadline. */
  @Transactional
  public DocumentInfo addToOffer(SignedInUser user, long offerId, DocumentFile file) {
    CallOffer offer = leadsOffer(user, offerId);
    var acting = access.on(user, offer.getEnterprise());
    Call call = em.find(Call.class, offer.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (!call.takesOffers(Instant.now()) || offer.getStatus() != CallOffer.Status.SUBMITTED) {
      throw new ConflictException(null, "call.offers_closed");
    }
    if (documentRows(offerId).size() >= OfferDocument.PER_OFFER_MAX) {
      throw new ConflictException("file", "document.too_many", OfferDocument.PER_OFFER_MAX);
    }
    long enterpriseId = offer.getEnterprise().getId();
    var document =
        new OfferDocument(
            offerId,
            seal.seal(file.getName().getBytes(StandardCharsets.UTF_8), call.getId(), enterpriseId),
            file.getContentType(),
            file.getSize(),
            seal.seal(file.getContent(), call.getId(), enterpriseId),
            Instant.now());
    em.persist(document);
    access.record(acting, "call.offer_document_added", call.getTitle().el());
    em.flush();
    return DocumentInfo.of(document.getId(), file, ownUrl(offer) + document.getId());
  }

  /** Removes a document from the enterprise's own offer, until the offer deadline. */
  @Transactional
  public void removeFromOffer(SignedInUser user, long offerId, long documentId) {
    CallOffer offer = leadsOffer(user, offerId);
    var acting = access.on(user, offer.getEnterprise());
    Call call = em.find(Call.class, offer.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (!call.takesOffers(Instant.now())) {
      throw new ConflictException(null, "call.offers_closed");
    }
    OfferDocument document = em.find(OfferDocument.class, documentId);
    if (document == null || document.getOfferId() != offerId) {
      throw new NotFoundException();
    }
    em.remove(document);
    access.record(acting, "call.offer_document_removed", call.getTitle().el());
  }

  /** The documents of an offer the reader may read (see {@link #readable}), names opened. */
  public List<DocumentInfo> ofOffer(CallOffer offer, String urlBase) {
    long callId = offer.getCall().getId();
    long enterpriseId = offer.getEnterprise().getId();
    return documentRows(offer.getId()).stream()
        .map(
            row ->
                new DocumentInfo(
                    (Long) row[0],
                    new String(
                        seal.openBytes((byte[]) row[1], callId, enterpriseId),
                        StandardCharsets.UTF_8),
                    (String) row[2],
                    (Integer) row[3],
                    urlBase + row[0]))
        .toList();
  }

  /** The address under which the offer's own side downloads its documents. */
  public static String ownUrl(CallOffer offer) {
    return "/api/v1/me/offers/" + offer.getId() + "/documents/";
  }

  /** The address under which the call's staff download an offer's documents after the deadline. */
  public static String staffUrl(CallOffer offer) {
    return "/api/v1/organiser/calls/"
        + offer.getCall().getId()
        + "/offers/"
        + offer.getId()
        + "/documents/";
  }

  /** An offer's document, opened, for the offering enterprise or a partner named (404 else). */
  public DocumentFile ownOfferDocument(SignedInUser user, long offerId, long documentId) {
    CallOffer offer = em.find(CallOffer.class, offerId);
    if (offer == null || !readable(user, offer)) {
      throw new NotFoundException();
    }
    return opened(offer, documentId);
  }

  /**
   * An offer's document for the call's staff, only once the offer deadline is past.
   *
   * @throws ConflictException before the deadline (the offer is sealed)
   */
  public DocumentFile unsealedOfferDocument(
      SignedInUser staff, long callId, long offerId, long documentId) {
    Call call = calls.managed(staff, callId, false);
    if (!call.isUnsealed(Instant.now())) {
      throw new ConflictException(null, "call.sealed");
    }
    CallOffer offer = em.find(CallOffer.class, offerId);
    if (offer == null
        || offer.getCall().getId() != callId
        || offer.getStatus() != CallOffer.Status.SUBMITTED) {
      throw new NotFoundException();
    }
    return opened(offer, documentId);
  }

  /** Whether the user acts for the offering enterprise or is a member of a partner named. */
  public boolean readable(SignedInUser user, CallOffer offer) {
    if (mayAct(user, offer.getEnterprise())) {
      return true;
    }
    for (CallOffer.Partner partner : offer.getPartners()) {
      Enterprise enterprise = em.find(Enterprise.class, partner.getEnterpriseId());
      if (enterprise != null && enterprise.hasMember(user.id())) {
        return true;
      }
    }
    return false;
  }

  private DocumentFile opened(CallOffer offer, long documentId) {
    OfferDocument document = em.find(OfferDocument.class, documentId);
    if (document == null || document.getOfferId() != offer.getId()) {
      throw new NotFoundException();
    }
    long callId = offer.getCall().getId();
    long enterpriseId = offer.getEnterprise().getId();
    return new DocumentFile(
        new String(
            seal.openBytes(document.nameSealed(), callId, enterpriseId), StandardCharsets.UTF_8),
        document.getContentType(),
        seal.openBytes(document.contentSealed(), callId, enterpriseId));
  }

  private List<Object[]> documentRows(long offerId) {
    return em.createQuery(
            "SELECT d.id, d.nameSealed, d.contentType, d.size FROM OfferDocument d WHERE"
                + " d.offerId = :offer ORDER BY d.id",
            Object[].class)
        .setParameter("offer", offerId)
        .getResultList();
  }

  private CallOffer leadsOffer(SignedInUser user, long offerId) {
    CallOffer offer = em.find(CallOffer.class, offerId);
    if (offer == null || !mayAct(user, offer.getEnterprise())) {
      throw new NotFoundException();
    }
    return offer;
  }

  private boolean mayAct(SignedInUser user, Enterprise enterprise) {
    try {
      access.on(user, enterprise);
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }
}
