package org.koinagora.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Stores a slot the first time it is booked, in a transaction of its own, called before the order's
 * transaction starts (never inside it: two connections per request could exhaust the pool): the row
 * (the counter every booking of the slot updates) exists and is committed before any order holds a
 * lock, so bookings of one slot queue on its row instead of deadlocking on the unique key's insert.
 */
@ApplicationScoped
public class SlotRows {

  @PersistenceContext private EntityManager em;

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
