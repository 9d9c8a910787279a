package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stock taken and given back with guarded updates: a row is only changed while enough is left, so
 * no interleaving of orders can take it below zero (the CHECK constraint on the column is the last
 * word). A listing without stock (null) is not limited.
 */
@ApplicationScoped
public class Stock {

  @PersistenceContext private EntityManager em;

  /**
   * Takes the quantity (nothing to take from a listing without stock); false when not enough is
   * left. Runs in the caller's transaction.
   */
  boolean take(long listingId, int quantity) {
    int changed =
        em.createNativeQuery(
                "UPDATE listing SET stock = stock - ?, version = version + 1 WHERE id = ? AND"
                    + " (stock IS NULL OR stock >= ?)")
            .setParameter(1, quantity)
            .setParameter(2, listingId)
            .setParameter(3, quantity)
            .executeUpdate();
    return changed == 1;
  }

  void giveBack(long listingId, int quantity) {
    em.createNativeQuery(
            "UPDATE listing SET stock = stock + ?, version = version + 1 WHERE id = ? AND stock IS"
                + " NOT NULL")
        .setParameter(1, quantity)
        .setParameter(2, listingId)
        .executeUpdate();
  }
}
