package org.koinagora.checkout.stripe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * The Stripe Checkout of an order or a stand fee: its latest session, and the payment intent that
 * paid it.
 */
@Entity
@Table(name = "stripe_checkout")
@NamedQuery(
    name = "StripeCheckout.findBySubject",
    query = "SELECT c FROM StripeCheckout c WHERE c.subject = :subject AND c.subjectId = :id")
@NamedQuery(
    name = "StripeCheckout.findBySession",
    query =
        "SELECT c.subjectId FROM StripeCheckout c WHERE c.subject = :subject AND c.sessionId"
            + " = :session")
@NamedQuery(
    name = "StripeCheckout.findByPaymentIntent",
    query =
        "SELECT c.subjectId FROM StripeCheckout c WHERE c.subject = :subject AND"
            + " c.paymentIntent = :intent")
public class StripeCheckout extends BaseEntity {

  /** What is paid for. */
  public enum Subject {
    ORDER,
    STAND_FEE
  }

  static final int ID_MAX = 255;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 16)
  private Subject subject;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "session_id", length = ID_MAX)
  private String sessionId;

  @Column(name = "payment_intent", length = ID_MAX)
  private String paymentIntent;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Rows are created by {@link StripeCheckouts}, one statement per subject. */
  protected StripeCheckout() {}

  /** A new payment page was opened: it replaces the older one. */
  void started(String session) {
    this.sessionId = session;
  }

  /** Stripe says this payment intent paid it. */
  void paid(String intent) {
    this.paymentIntent = intent;
  }

  public String getSessionId() {
    return sessionId;
  }

  public String getPaymentIntent() {
    return paymentIntent;
  }
}
