package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentInfo;

/**
 * Documents on requests for a quote. The buyer's go to every enterprise asked, or to one of them
 * when it names it; an enterprise's go to the buyer on its own thread. Nobody else reads them: not
 * the other enterprises asked, not staff, not admins.
 */
@ApplicationScoped
public class QuoteAttachments {

  @PersistenceContext private EntityManager em;
  @Inject private QuoteDesk desk;
  @Inject private EnterpriseAccess access;

  /**
   * Adds a document, checked ({@link org.koinagora.shared.documents.DocumentUpload}): the buyer's
   * to the request (or to the thread of {@code enterpriseId}); an enterprise member's to its
   * thread. 404 for anyone who reads neither side.
   */
  @Transactional
  public QuoteAttachment attach(
      SignedInUser user, long requestId, Long enterpriseId, DocumentFile file) {
    QuoteRequest request = lockedRequest(requestId);
    Long threadId;
    QuoteMessage.Side side;
    if (request.isBuyer(user.id(), user.email())) {
      side = QuoteMessage.Side.BUYER;
      threadId =
          enterpriseId == null
              ? null
              : request
                  .threadOf(enterpriseId)
                  .orElseThrow(
                      () -> new InvalidInputException("enterpriseId", "quotes.enterprise.unknown"))
                  .getId();
    } else {
      var acting = desk.enterpriseSide(user, request, enterpriseId);
      side = QuoteMessage.Side.ENTERPRISE;
      threadId = request.threadOf(acting.enterprise().getId()).orElseThrow().getId();
      access.record(acting, "quote.attachment", request.getReference());
    }
    long count =
        em.createQuery(
                "SELECT COUNT(a) FROM QuoteAttachment a WHERE a.requestId = :request", Long.class)
            .setParameter("request", requestId)
            .getSingleResult();
    if (count >= QuoteAttachment.PER_REQUEST_MAX) {
      throw new ConflictException("file", "document.too_many", QuoteAttachment.PER_REQUEST_MAX);
    }
    var attachment = new QuoteAttachment(requestId, threadId, side, user.id(), file, Instant.now());
    em.persist(attachment);
    em.flush();
    return attachment;
  }

  /** The documents this reader of the request may open, oldest first. */
  public List<QuoteAttachment.Info> visible(QuoteDesk.View view) {
    List<Long> threads = view.threads().stream().map(QuoteThread::getId).toList();
    return em
        .createQuery(
            "SELECT NEW org.koinagora.quotes.QuoteAttachment.Info(a.id, a.requestId, a.threadId,"
                + " a.side, a.file.name, a.file.contentType, a.file.size) FROM QuoteAttachment a"
                + " WHERE a.requestId = :request ORDER BY a.id",
            QuoteAttachment.Info.class)
        .setParameter("request", view.request().getId())
        .getResultList()
        .stream()
        .filter(a -> view.buyer() || a.threadId() == null || threads.contains(a.threadId()))
        .toList();
  }

  /** A listed document with the address that downloads it. */
  public static DocumentInfo info(QuoteAttachment.Info a) {
    return new DocumentInfo(
        a.id(),
        a.name(),
        a.type(),
        a.size(),
        "/api/v1/quote-requests/" + a.requestId() + "/attachments/" + a.id());
  }

  /** One document, for a reader of its request and thread; 404 for anyone else. */
  public DocumentFile open(SignedInUser user, long requestId, long attachmentId) {
    QuoteDesk.View view = desk.read(user, requestId);
    QuoteAttachment attachment = em.find(QuoteAttachment.class, attachmentId);
    if (attachment == null || attachment.getRequestId() != requestId) {
      throw new NotFoundException();
    }
    boolean mayRead =
        view.buyer()
            || attachment.getThreadId() == null
            || view.threads().stream().anyMatch(t -> t.getId().equals(attachment.getThreadId()));
    if (!mayRead) {
      throw new NotFoundException();
    }
    return attachment.getFile();
  }

  private QuoteRequest lockedRequest(long requestId) {
    QuoteRequest request =
        em.find(QuoteRequest.class, requestId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw new NotFoundException();
    }
    return request;
  }
}
