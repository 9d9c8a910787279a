package org.koinagora.services;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.catalog.Listing;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A slot someone booked: stored the first time, then its taken count is changed only by guarded
 * updates ({@link Slots}), never past its capacity.
 */
@Entity
@Cacheable(false)
@Table(name = "service_slot")
@NamedQuery(
    name = "ServiceSlot.findBetween",
    query =
        "SELECT s FROM ServiceSlot s WHERE s.listing.id = :listing AND s.startsAt >= :from AND"
            + " s.startsAt < :to ORDER BY s.startsAt")
public class ServiceSlot extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "listing_id")
  private Listing listing;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false)
  private int capacity;

  @Column(nullable = false)
  private int taken;

  protected ServiceSlot() {}

  public SlotTime time() {
    return new SlotTime(startsAt, endsAt);
  }

  public int available() {
    return Math.max(0, capacity - taken);
  }

  public Listing getListing() {
    return listing;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getTaken() {
    return taken;
  }
}
