package org.koinagora.fairs;

import jakarta.persistence.AttributeOverride;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/** An enterprise's booking of (or application for) a stand. */
@Entity
@Table(name = "stand_booking")
public class StandBooking extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "fair_id")
  private Fair fair;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "stand_id")
  private Stand stand;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  /** What the enterprise exhibits (one of its product categories); null in earlier bookings. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BookingStatus status;

  @Column(length = 1000)
  private String note;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "fee", nullable = false, precision = 10, scale = 2))
  private Money fee;

  @Column(name = "fee_reason", length = 300)
  private String feeReason;

  @Column(length = 1000)
  private String reason;

  @Column(name = "hold_expires_at")
  private Instant holdExpiresAt;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "paid_by_card", nullable = false)
  private boolean paidByCard;

  /** Enterprises invited to share the stand (a consortium stand), in the order invited. */
  @OneToMany(mappedBy = "booking")
  @OrderBy("invitedAt ASC")
  @BatchFetch(BatchFetchType.IN)
  private List<StandCoExhibitor> coExhibitors = new ArrayList<>();

  protected StandBooking() {}

  /** INSTANT mode: the stand is held until paid (at once confirmed when free of charge). */
  static StandBooking instant(
      Fair fair, Stand stand, Enterprise enterprise, Category category, Instant now) {
    var booking = new StandBooking(fair, stand, enterprise, category, null, now);
    booking.awaitPaymentOrConfirm(now, Duration.ofMinutes(fair.getHoldMinutes()));
    return booking;
  }

  /**
   * A stand offered to the first enterprise on the waitlist: held for it until the offer runs out.
   */
  static StandBooking offer(
      Fair fair,
      Stand stand,
      Enterprise enterprise,
      Category category,
      Instant now,
      Duration lifetime) {
    var booking = new StandBooking(fair, stand, enterprise, category, null, now);
    booking.status = BookingStatus.AWAITING_PAYMENT;
    booking.holdExpiresAt = now.plus(lifetime);
    return booking;
  }

  /** A fee change names the new fee and why (at most 300 characters), as the organiser tells it. */
  static void checkFeeChange(BigDecimal newFee, String reason) {
    if (newFee == null) {
      throw new InvalidInputException("fee", "booking.fee.invalid", "");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
      throw new InvalidInputException("reason", "booking.fee.reason");
    }
  }

  /** Social pricing: a fee lowered from {@code current} to {@code newFee}, 0 waiving it. */
  static Money lowered(Money current, BigDecimal newFee) {
    if (newFee.signum() < 0 || newFee.compareTo(current.decimal()) > 0) {
      throw new InvalidInputException("fee", "booking.fee.invalid", current.getAmount());
    }
    return Money.rounded(newFee);
  }

  /** The enterprise takes a free-of-charge stand it was offered. */
  void accept(Instant now) {
    require(BookingStatus.AWAITING_PAYMENT);
    if (!fee.isZero()) {
      throw new ConflictException("fee", "booking.accept.paid");
    }
    status = BookingStatus.CONFIRMED;
    holdExpiresAt = null;
    updatedAt = now;
  }

  /** APPLICATION mode: waits for the organiser. */
  static StandBooking application(
      Fair fair, Stand stand, Enterprise enterprise, Category category, String note, Instant now) {
    var booking = new StandBooking(fair, stand, enterprise, category, note, now);
    booking.status = BookingStatus.PENDING_APPROVAL;
    return booking;
  }

  private StandBooking(
      Fair fair, Stand stand, Enterprise enterprise, Category category, String note, Instant now) {
    this.fair = fair;
    this.stand = stand;
    this.enterprise = enterprise;
    this.category = category;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.fee = Money.euros(stand.getPrice().decimal());
    this.createdAt = now;
    this.updatedAt = now;
  }

  private void awaitPaymentOrConfirm(Instant now, Duration holdFor) {
    if (fee.isZero()) {
      status = BookingStatus.CONFIRMED;
      holdExpiresAt = null;
    } else {
      status = BookingStatus.AWAITING_PAYMENT;
      holdExpiresAt = now.plus(holdFor);
    }
    updatedAt = now;
  }

  /**
   * The organiser accepts an application: the stand is held for it while the fee is paid (confirmed
   * at once when free).
   */
  void approve(Instant now, Duration payWithin) {
    require(BookingStatus.PENDING_APPROVAL);
    awaitPaymentOrConfirm(now, payWithin);
  }

  void reject(String why, Instant now) {
    require(BookingStatus.PENDING_APPROVAL);
    status = BookingStatus.REJECTED;
    reason = why;
    updatedAt = now;
  }

  /** The MANUAL payment method: the organiser says the fee was paid. */
  void markPaid(Instant now) {
    require(BookingStatus.AWAITING_PAYMENT);
    status = BookingStatus.CONFIRMED;
    holdExpiresAt = null;
    updatedAt = now;
  }

  /**
   * Social pricing: the organiser lowers or waives the fee of a booking not yet paid, saying why; a
   * waived fee confirms a booking that was only waiting for payment.
   */
  void adjustFee(BigDecimal newFee, String why, Instant now) {
    if (!isFeeOpen()) {
      throw new ConflictException("fee", "booking.fee.settled");
    }
    fee = lowered(fee, newFee);
    feeReason = why;
    if (status == BookingStatus.AWAITING_PAYMENT && fee.isZero()) {
      status = BookingStatus.CONFIRMED;
      holdExpiresAt = null;
    }
    updatedAt = now;
  }

  /**
   * A co-exhibitor joined with this share of the fee: it takes over as much of it as the booking
   * still owes (none once paid), the booker owes the rest; nothing left confirms a booking that was
   * waiting only for payment. Returns the part taken over.
   */
  Money handOverFeePart(Money share, Instant now) {
    if (!isFeeOpen()) {
      return Money.ZERO;
    }
    Money part = share.decimal().compareTo(fee.decimal()) > 0 ? fee : share;
    fee = fee.minus(part);
    if (status == BookingStatus.AWAITING_PAYMENT && fee.isZero()) {
      status = BookingStatus.CONFIRMED;
      holdExpiresAt = null;
    }
    updatedAt = now;
    return part;
  }

  /**
   * The fee is being paid on Stripe's page: the stand stays held at least as long as that page is
   * open.
   */
  void cardCheckoutStarted(Instant pageOpenUntil) {
    require(BookingStatus.AWAITING_PAYMENT);
    if (holdExpiresAt != null && holdExpiresAt.isBefore(pageOpenUntil)) {
      holdExpiresAt = pageOpenUntil;
    }
  }

  /**
   * Stripe's webhook says the fee was paid; false when the booking had already ended (the money
   * goes back).
   */
  boolean paidByCard(Instant now) {
    if (status != BookingStatus.AWAITING_PAYMENT) {
      return false;
    }
    paidByCard = true;
    status = BookingStatus.CONFIRMED;
    holdExpiresAt = null;
    updatedAt = now;
    return true;
  }

  public boolean isPaidByCard() {
    return paidByCard;
  }

  /** At the gate: only a confirmed exhibitor is checked in, once. */
  void checkIn(Instant now) {
    require(BookingStatus.CONFIRMED);
    if (checkedInAt == null) {
      checkedInAt = now;
      updatedAt = now;
    }
  }

  /**
   * Ends an active booking: a paid fee is refunded in full (REFUNDED), anything else is CANCELLED.
   */
  void cancel(Instant now) {
    if (!BookingStatus.COUNTED.contains(status)) {
      throw new ConflictException(null, "booking.not_active");
    }
    status = isPaid() ? BookingStatus.REFUNDED : BookingStatus.CANCELLED;
    holdExpiresAt = null;
    updatedAt = now;
  }

  /** Confirmed with a fee: money was received for it. */
  /** Not yet paid, cancelled or decided: the organiser may still lower the fee. */
  public boolean isFeeOpen() {
    return status == BookingStatus.PENDING_APPROVAL || status == BookingStatus.AWAITING_PAYMENT;
  }

  /** Held for a fee that is not waived: it can be paid now. */
  public boolean isFeeDue() {
    return status == BookingStatus.AWAITING_PAYMENT && fee.isPositive();
  }

  public boolean isPaid() {
    return status == BookingStatus.CONFIRMED && fee.isPositive();
  }

  private void require(BookingStatus expected) {
    if (status != expected) {
      throw new ConflictException(null, "booking.wrong_state");
    }
  }

  /** Those sharing the stand now (accepted co-exhibitors). */
  public List<StandCoExhibitor> getSharing() {
    return coExhibitors.stream()
        .filter(co -> co.getStatus() == StandCoExhibitor.Status.ACCEPTED)
        .toList();
  }

  /** Everyone invited to share the stand, whatever their answer. */
  public List<StandCoExhibitor> getCoExhibitors() {
    return coExhibitors;
  }

  /** The booker and those sharing the stand, as exhibitors are named on the plan and the pass. */
  public List<Enterprise> getExhibitingEnterprises() {
    return Stream.concat(
            Stream.of(enterprise), getSharing().stream().map(StandCoExhibitor::getEnterprise))
        .toList();
  }

  /** Whether a member of this enterprise sees the booking as its own or as a stand it shares. */
  public boolean isExhibitedBy(long userId) {
    return enterprise.hasMember(userId)
        || getSharing().stream().anyMatch(co -> co.getEnterprise().hasMember(userId));
  }

  public Fair getFair() {
    return fair;
  }

  public Stand getStand() {
    return stand;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Category getCategory() {
    return category;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public Money getFee() {
    return fee;
  }

  public String getFeeReason() {
    return feeReason;
  }

  public String getReason() {
    return reason;
  }

  public Instant getHoldExpiresAt() {
    return holdExpiresAt;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
