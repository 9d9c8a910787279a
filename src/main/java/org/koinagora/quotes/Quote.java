package org.koinagora.quotes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * An enterprise's priced answer to a request: lines (prices include VAT), valid until a day
 * (Europe/Athens, inclusive), a note. Accepting it makes an order; a newer quote in the same thread
 * replaces it (REVISED).
 */
@Entity
@Table(name = "quote")
public class Quote extends VersionedEntity {

  public static final int NOTE_MAX = 4000;
  public static final int LINES_MAX = 30;
  public static final int REASON_MAX = 500;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id")
  private QuoteThread thread;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private QuoteStatus status;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(columnDefinition = "TEXT")
  private String note;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "total", nullable = false, precision = 12, scale = 2))
  private Money total = Money.ZERO;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "vat_total", nullable = false, precision = 12, scale = 2))
  private Money vatTotal = Money.ZERO;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "decline_reason", length = REASON_MAX)
  private String declineReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @OneToMany(mappedBy = "quote", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<QuoteLine> lines = new ArrayList<>();

  protected Quote() {}

  Quote(QuoteThread thread, QuoteDraft draft, Long authorId, Instant now) {
    this.thread = thread;
    this.status = QuoteStatus.SENT;
    this.validUntil = draft.validUntil();
    this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
    this.authorId = authorId;
    this.createdAt = now;
    int position = 0;
    for (QuoteDraft.Line line : draft.lines()) {
      var added = new QuoteLine(this, position++, line);
      lines.add(added);
      total = total.plus(added.total());
      vatTotal = vatTotal.plus(added.vat());
    }
  }

  /** Its status as the buyer reads it today: a SENT quote past its day is EXPIRED. */
  public QuoteStatus status(LocalDate today) {
    return status == QuoteStatus.SENT && today.isAfter(validUntil) ? QuoteStatus.EXPIRED : status;
  }

  public QuoteThread getThread() {
    return thread;
  }

  /** The stored status (never EXPIRED; see {@link #status(LocalDate)}). */
  public QuoteStatus getStatus() {
    return status;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getNote() {
    return note;
  }

  public Money getTotal() {
    return total;
  }

  public Money getVatTotal() {
    return vatTotal;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public List<QuoteLine> getLines() {
    return lines;
  }
}
