package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.koinagora.enterprises.EnterpriseRegistered;

/**
 * The next number of an enterprise's series, in the caller's transaction: a guarded update of the
 * series' row, which stays locked until the transaction ends, so concurrent documents get
 * consecutive numbers and a rolled-back one leaves no gap (callers take enterprises in id order).
 * The rows are made with the enterprise, so numbering never races on inserting them.
 */
@ApplicationScoped
public class DocumentNumbers {

  static final List<DocumentKind> NUMBERED =
      List.of(DocumentKind.RECEIPT, DocumentKind.INVOICE, DocumentKind.CANCELLATION);

  @PersistenceContext private EntityManager em;

  void registered(@Observes EnterpriseRegistered registered) {
    NUMBERED.forEach(kind -> createRow(registered.enterpriseId(), kind.series()));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public long next(long enterpriseId, String series) {
    if (increment(enterpriseId, series) == 0) {
      // an enterprise stored some other way (the demo data): made now, in this transaction
      createRow(enterpriseId, series);
      increment(enterpriseId, series);
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT last_number FROM document_sequence WHERE enterprise_id = ? AND series"
                        + " = ?")
                .setParameter(1, enterpriseId)
                .setParameter(2, series)
                .getSingleResult())
        .longValue();
  }

  private int increment(long enterpriseId, String series) {
    return em.createNativeQuery(
            "UPDATE document_sequence SET last_number = last_number + 1 WHERE enterprise_id = ? AND"
                + " series = ?")
        .setParameter(1, enterpriseId)
        .setParameter(2, series)
        .executeUpdate();
  }

  private void createRow(long enterpriseId, String series) {
    em.createNativeQuery(
            "INSERT IGNORE INTO document_sequence (enterprise_id, series, last_number) VALUES (?,"
                + " ?, 0)")
        .setParameter(1, enterpriseId)
        .setParameter(2, series)
        .executeUpdate();
  }
}
