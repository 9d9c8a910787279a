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
 * A Stripe Connect transfer of an order part's share or a stand fee; one per subject, which is what
 * keeps a payout to once.
 */
@Entity
@Table(name = "stripe_transfer")
@NamedQuery(
    name = "StripeTransfer.findBySubject",
    query =
        "SELECT t.transferId FROM StripeTransfer t WHERE t.subject = :subject AND t.subjectId"
            + " = :id")
public class StripeTransfer extends BaseEntity {

  /** What the money is for. */
  public enum Subject {
    ORDER_PART,
    STAND_BOOKING
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 16)
  private Subject subject;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "transfer_id", nullable = false, length = StripeCheckout.ID_MAX)
  private String transferId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StripeTransfer() {}

  public String getTransferId() {
    return transferId;
  }
}
