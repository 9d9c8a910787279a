package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.koinagora.checkout.OrderEnded;

/**
 * When the order of an accepted quote ends unpaid or is cancelled, the request opens again: that
 * quote and the ones its acceptance declined can be accepted (while still valid), as if nothing had
 * been chosen. Runs in the transaction that ended the order.
 */
@ApplicationScoped
public class QuoteOrders {

  @PersistenceContext private EntityManager em;

  void reopen(@Observes OrderEnded ended) {
    @SuppressWarnings("unchecked")
    List<Object[]> accepted =
        em.createNativeQuery(
                "SELECT q.id, t.request_id, q.decided_at FROM quote q JOIN quote_thread t ON t.id ="
                    + " q.thread_id WHERE q.order_id = ?1 AND q.status = 'ACCEPTED' FOR UPDATE")
            .setParameter(1, ended.orderId())
            .getResultList();
    for (Object[] row : accepted) {
      long quoteId = ((Number) row[0]).longValue();
      long requestId = ((Number) row[1]).longValue();
      em.createNativeQuery(
              "UPDATE quote_request SET accepted_quote_id = NULL WHERE id = ?1 AND"
                  + " accepted_quote_id = ?2")
          .setParameter(1, requestId)
          .setParameter(2, quoteId)
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE quote SET status = 'SENT', decided_at = NULL, version = version + 1 WHERE"
                  + " status = 'DECLINED' AND decline_reason IS NULL AND decided_at = ?1 AND"
                  + " thread_id IN (SELECT id FROM quote_thread WHERE request_id = ?2)")
          .setParameter(1, row[2])
          .setParameter(2, requestId)
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE quote SET status = 'SENT', order_id = NULL, decided_at = NULL, version ="
                  + " version + 1 WHERE id = ?1")
          .setParameter(1, quoteId)
          .executeUpdate();
    }
  }
}
