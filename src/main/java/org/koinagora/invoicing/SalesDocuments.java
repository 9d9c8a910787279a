package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.DocumentChoice;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.checkout.PartStatus;
import org.koinagora.checkout.PartsSettled;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;

/**
 * Each enterprise's sales documents: a receipt or invoice for its part once the part is paid (a
 * public body's invoice as soon as it orders on account), its cancellation when the part is
 * refunded or called off, in the transaction that changed the part. An enterprise that issues
 * through its own provider links its document instead.
 */
@ApplicationScoped
public class SalesDocuments implements PartDocuments {

  @PersistenceContext private EntityManager em;
  @Inject private DocumentNumbers numbers;
  @Inject private InvoicingSettingsService settings;
  @Inject private EnterpriseAccess access;

  void settled(@Observes PartsSettled settled) {
    CustomerOrder order = em.find(CustomerOrder.class, settled.orderId());
    Instant now = Instant.now();
    // in enterprise id order: numbering locks each enterprise's row until commit
    List<OrderPart> parts =
        order.getParts().stream()
            .sorted(Comparator.comparing(part -> part.getEnterprise().getId()))
            .toList();
    for (OrderPart part : parts) {
      List<SalesDocument> documents = ofPart(part.getId());
      Optional<SalesDocument> issued =
          documents.stream().filter(d -> d.getKind() != DocumentKind.CANCELLATION).findFirst();
      boolean cancelled =
          documents.stream().anyMatch(d -> d.getKind() == DocumentKind.CANCELLATION);
      boolean ended =
          part.getStatus() == PartStatus.REFUNDED || part.getStatus() == PartStatus.CANCELLED;
      if (issued.isEmpty() && !ended && (part.isPaid() || order.getPaymentDueAt() != null)) {
        issue(part, now);
      } else if (issued.isPresent() && ended && !cancelled) {
        cancel(issued.get(), now);
      }
    }
  }

  private void issue(OrderPart part, Instant now) {
    InvoicingSettings own = settings.of(part.getEnterprise().getId());
    if (own.getChannel() == Channel.OWN_PROVIDER) {
      return; // it links its own
    }
    DocumentKind kind =
        part.getOrder().getDocumentKind() == DocumentChoice.DocumentKind.INVOICE
            ? DocumentKind.INVOICE
            : DocumentKind.RECEIPT;
    long number = numbers.next(part.getEnterprise().getId(), kind.series());
    em.persist(
        new SalesDocument(
            part,
            kind,
            number,
            DocumentTotals.of(part.getLines()),
            null,
            own.getChannel() == Channel.MYDATA,
            now));
  }

  private void cancel(SalesDocument issued, Instant now) {
    if (issued.getKind() == DocumentKind.OWN) {
      return; // its provider cancels it
    }
    long number = numbers.next(issued.getEnterpriseId(), DocumentKind.CANCELLATION.series());
    em.persist(
        new SalesDocument(
            issued.getPart(),
            DocumentKind.CANCELLATION,
            number,
            DocumentTotals.of(issued.getPart().getLines()),
            issued,
            issued.getMyDataStatus() != MyDataStatus.NONE,
            now));
  }

  public List<SalesDocument> ofPart(long partId) {
    return em.createNamedQuery("SalesDocument.ofPart", SalesDocument.class)
        .setParameter("part", partId)
        .getResultList();
  }

  public Optional<SalesDocument> find(long id) {
    return Optional.ofNullable(em.find(SalesDocument.class, id));
  }

  /** An enterprise's documents, newest first (its dashboard). */
  public List<SalesDocument> ofEnterprise(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return em.createQuery(
            "SELECT d FROM SalesDocument d WHERE d.enterpriseId = :enterprise ORDER BY d.id DESC",
            SalesDocument.class)
        .setParameter("enterprise", enterpriseId)
        .setMaxResults(200)
        .getResultList();
  }

  /** Links the document an enterprise issued with its own provider to its part. */
  @Transactional
  public SalesDocument linkOwn(SignedInUser user, long partId, String url) {
    OrderPart part = em.find(OrderPart.class, partId);
    if (part == null) {
      throw new NotFoundException();
    }
    var acting = access.on(user, part.getEnterprise());
    em.lock(
        part.getOrder(), LockModeType.PESSIMISTIC_WRITE); // two links at once: one after the other
    if (url == null || !url.strip().matches("https://\\S{4,490}")) {
      throw new InvalidInputException("url", "invoice.own_url.invalid");
    }
    List<SalesDocument> documents = ofPart(partId);
    if (documents.stream().anyMatch(d -> d.getKind() != DocumentKind.OWN)) {
      throw new ConflictException("url", "invoice.own_url.issued_here");
    }
    SalesDocument own =
        documents.stream()
            .findFirst()
            .orElseGet(
                () -> {
                  var created =
                      SalesDocument.own(
                          part, url.strip(), DocumentTotals.of(part.getLines()), Instant.now());
                  em.persist(created);
                  return created;
                });
    own.linkOwn(url.strip());
    access.record(acting, "sales_document.linked", "#" + part.getOrder().getId());
    return own;
  }

  /** Sends a document refused by myDATA again (its credentials were fixed). */
  @Transactional
  public void retry(SignedInUser user, long documentId) {
    SalesDocument document = em.find(SalesDocument.class, documentId);
    if (document == null) {
      throw new NotFoundException();
    }
    access.on(user, document.getEnterpriseId());
    document.retry(Instant.now());
  }

  @Override
  public Optional<DocumentRef> of(OrderPart part, boolean forBuyer) {
    return ofPart(part.getId()).stream()
        .filter(d -> d.getKind() != DocumentKind.CANCELLATION)
        .findFirst()
        .map(
            d ->
                new DocumentRef(
                    part.getOrder().getDocumentKind().name(),
                    d.getKind() == DocumentKind.OWN ? null : d.getSeries(),
                    d.getKind() == DocumentKind.OWN ? null : d.getNumber(),
                    url(d, forBuyer),
                    d.getMark()));
  }

  /** Where its reader downloads it: the PDF here, or the enterprise's own provider's link. */
  public static String url(SalesDocument document, boolean forBuyer) {
    if (document.getKind() == DocumentKind.OWN) {
      return document.getOwnUrl();
    }
    return "/api/v1/documents/"
        + document.getId()
        + ".pdf"
        + (forBuyer ? "?ref=" + document.getPart().getOrder().getReference() : "");
  }
}
