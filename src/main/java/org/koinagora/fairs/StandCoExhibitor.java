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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * An enterprise invited to share a booked stand (a consortium stand): INVITED until its members
 * accept (naming what it exhibits) or decline; WITHDRAWN when the booking ends. Its {@code share}
 * is the part of the fee the booker proposed; on acceptance what the booking still owes of it
 * becomes this enterprise's {@code fee}, which the organiser marks paid or lowers on its own.
 */
@Entity
@Table(name = "stand_co_exhibitor")
public class StandCoExhibitor extends VersionedEntity {

  /** Where the invitation stands. */
  public enum Status {
    INVITED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "booking_id")
  private StandBooking booking;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "share", nullable = false, precision = 10, scale = 2))
  private Money share;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "fee", nullable = false, precision = 10, scale = 2))
  private Money fee;

  @Column(name = "fee_reason", length = 300)
  private String feeReason;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected StandCoExhibitor() {}

  StandCoExhibitor(StandBooking booking, Enterprise enterprise, Money share, Instant now) {
    this.booking = booking;
    this.enterprise = enterprise;
    this.status = Status.INVITED;
    this.share = share;
    this.fee = Money.ZERO;
    this.invitedAt = now;
    booking.getCoExhibitors().add(this);
  }

  /** Invited again after declining or leaving: refused while invited or sharing the stand. */
  void inviteAgain(Money newShare, Instant now) {
    if (isActive()) {
      throw new ConflictException("enterpriseId", "consortium.already_invited");
    }
    status = Status.INVITED;
    share = newShare;
    fee = Money.ZERO;
    feeReason = null;
    paidAt = null;
    category = null;
    invitedAt = now;
    decidedAt = null;
  }

  /** Accepted, under this category, owing this part of the fee (zero when the booker paid all). */
  void accepted(Category exhibited, Money part, Instant now) {
    category = exhibited;
    fee = part;
    decidedAt = now;
  }

  /** The organiser says this enterprise's part was paid (the MANUAL method). */
  void markPaid(Instant now) {
    if (!isFeeDue()) {
      throw new ConflictException("fee", "consortium.fee.not_due");
    }
    paidAt = now;
  }

  /** Social pricing for this part alone: lowered or waived (0), with the reason. */
  void adjustFee(BigDecimal newFee, String why) {
    if (!isFeeDue()) {
      throw new ConflictException("fee", "consortium.fee.not_due");
    }
    fee = StandBooking.lowered(fee, newFee);
    feeReason = why;
  }

  /** Invited or sharing the stand: it takes one of the two places of a consortium. */
  public boolean isActive() {
    return status == Status.INVITED || status == Status.ACCEPTED;
  }

  /** Sharing the stand with a part of the fee still to pay. */
  public boolean isFeeDue() {
    return status == Status.ACCEPTED && paidAt == null && fee.isPositive();
  }

  /** Sharing the stand with nothing left to pay: its pass can be printed once the stand is. */
  public boolean isSettled() {
    return status == Status.ACCEPTED && !isFeeDue();
  }

  public StandBooking getBooking() {
    return booking;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Category getCategory() {
    return category;
  }

  public Status getStatus() {
    return status;
  }

  public Money getShare() {
    return share;
  }

  public Money getFee() {
    return fee;
  }

  public String getFeeReason() {
    return feeReason;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}
