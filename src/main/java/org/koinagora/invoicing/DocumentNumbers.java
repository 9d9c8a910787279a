package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The next number of an enterprise's series, in the caller's transaction: the sequence row stays
 * locked until it commits, so concurrent documents get consecutive numbers and a rolled-back one
 * leaves no gap. The row is created once, in its own short transaction, so first documents never
 * race on inserting it.
 */
@ApplicationScoped
public class DocumentNumbers {

  @PersistenceContext private EntityManager em;
  @Inject private SequenceRows rows;

  @Transactional(Transactional.TxType.MANDATORY)
  public long next(long enterpriseId, String series) {
    // a plain read takes no lock: an UPDATE that matched no row would lock the gap where the
    // row goes, and the insert in its own transaction would wait for this one forever
    if (em.createNativeQuery(
            "SELECT 1 FROM document_sequence WHERE enterprise_id = ? AND series = ?")
        .setParameter(1, enterpriseId)
        .setParameter(2, series)
        .getResultList()
        .isEmpty()) {
      rows.create(enterpriseId, series);
    }
    if (increment(enterpriseId, series) != 1) {
      throw new IllegalStateException("no sequence " + series + " for enterprise " + enterpriseId);
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

  /** Creates sequence rows outside the document's transaction. */
  @ApplicationScoped
  public static class SequenceRows {

    @PersistenceContext private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long enterpriseId, String series) {
      em.createNativeQuery(
              "INSERT IGNORE INTO document_sequence (enterprise_id, series, last_number) VALUES (?,"
                  + " ?, 0)")
          .setParameter(1, enterpriseId)
          .setParameter(2, series)
          .executeUpdate();
    }
  }
}
