package org.koinagora.checkout.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.koinagora.checkout.CardCheckouts;
import org.koinagora.checkout.stripe.StripeCheckout.Subject;

/** Records the Checkout session and payment intent of each order and stand fee paid by card. */
@ApplicationScoped
public class StripeCheckouts implements CardCheckouts {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public void started(long orderId, String sessionId) {
    started(Subject.ORDER, orderId, sessionId);
  }

  @Override
  public Optional<Long> orderOf(String sessionId) {
    return em.createNamedQuery("StripeCheckout.findBySession", Long.class)
        .setParameter("subject", Subject.ORDER)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional
  public void paid(long orderId, String paymentId) {
    paid(Subject.ORDER, orderId, paymentId);
  }

  @Override
  public List<Long> ordersPaidWith(String paymentId) {
    return em.createNamedQuery("StripeCheckout.findByPaymentIntent", Long.class)
        .setParameter("subject", Subject.ORDER)
        .setParameter("intent", paymentId)
        .getResultList();
  }

  @Transactional
  public void started(Subject subject, long id, String sessionId) {
    of(subject, id).started(sessionId);
  }

  @Transactional
  public void paid(Subject subject, long id, String paymentIntent) {
    of(subject, id).paid(paymentIntent);
  }

  /** The payment intent that paid it, if any. */
  public Optional<String> paymentIntent(Subject subject, long id) {
    return find(subject, id).map(StripeCheckout::getPaymentIntent);
  }

  private Optional<StripeCheckout> find(Subject subject, long id) {
    return em.createNamedQuery("StripeCheckout.findBySubject", StripeCheckout.class)
        .setParameter("subject", subject)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * The subject's row, created first when missing by one statement: two first clicks on "pay by
   * card" at once then write the same row instead of one failing on the subject's unique key.
   */
  private StripeCheckout of(Subject subject, long id) {
    em.createNativeQuery(
            "INSERT INTO stripe_checkout (subject_kind, subject_id, created_at)"
                + " VALUES (?1, ?2, CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, subject.name())
        .setParameter(2, id)
        .executeUpdate();
    return find(subject, id).orElseThrow();
  }
}
