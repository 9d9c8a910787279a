package org.koinagora.fairs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.persistence.VersionedEntity;

/** An enterprise waiting for a stand of a full fair. */
@Entity
@Table(name = "fair_waitlist")
public class WaitlistEntry extends VersionedEntity {

  /** WAITING in line, OFFERED a stand (held as a booking), then TAKEN or LAPSED. */
  public enum Status {
    WAITING,
    OFFERED,
    TAKEN,
    LAPSED
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "fair_id")
  private Fair fair;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  /** What the enterprise would exhibit; the offered stand is booked under it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "booking_id")
  private StandBooking booking;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WaitlistEntry() {}

  WaitlistEntry(Fair fair, Enterprise enterprise, Category category, Instant now) {
    this.fair = fair;
    this.enterprise = enterprise;
    this.category = category;
    this.status = Status.WAITING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void offered(StandBooking hold, Instant now) {
    status = Status.OFFERED;
    booking = hold;
    updatedAt = now;
  }

  /** The fair was called off: nobody waits any more. */
  void withdraw(Instant now) {
    if (status == Status.WAITING || status == Status.OFFERED) {
      status = Status.LAPSED;
      updatedAt = now;
    }
  }

  /**
   * An offer ends: taken when the booking went ahead, lapsed when its hold ran out or was
   * cancelled.
   */
  void settle(Instant now) {
    if (status == Status.OFFERED) {
      status = BookingStatus.HOLDING.contains(booking.getStatus()) ? Status.TAKEN : Status.LAPSED;
      updatedAt = now;
    }
  }

  public Fair getFair() {
    return fair;
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

  public StandBooking getBooking() {
    return booking;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
