package org.koinagora.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Stores a slot the first time it is booked (read first: only a missing row is written), in a
 * transaction of its own, called before the order's transaction starts (never inside it: two
 * connections per request could exhaust the pool): the row (the counter every booking of the slot
 * updates) exists and is committed before any order holds a lock, so bookings of one slot queue on
 * its row instead of deadlocking on the unique key's insert.
 */
@ApplicationScoped
public class SlotRows {

  @PersistenceContext private EntityManager em;

  /**
   * Whether the slot's row is stored: a plain read outside any transaction (no snapshot, no lock),
   * so booking a slot that was booked before writes nothing before the order's transaction.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public boolean exists(long listingId, Instant start) {
    return !em.createNativeQuery(
            "SELECT 1 FROM service_slot WHERE listing_id = ? AND starts_at = ? LIMIT 1")
        .setParameter(1, listingId)
        .setParameter(2, start)
        .getResultList()
        .isEmpty();
  }

  /**
   * Stores the row of a slot that {@link #exists} did not find; another booking may store it in
   * between, which the insert ignores.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void ensure(long listingId, SlotTime time, int capacity) {
    em.createNativeQuery(
            "INSERT IGNORE INTO service_slot (listing_id, starts_at, ends_at, capacity, taken)"
                + " VALUES (?, ?, ?, ?, 0)")
        .setParameter(1, listingId)
        .setParameter(2, time.start())
        .setParameter(3, time.end())
        .setParameter(4, capacity)
        .executeUpdate();
  }
}
