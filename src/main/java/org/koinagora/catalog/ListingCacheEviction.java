package org.koinagora.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.koinagora.shared.Injected;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * Listings live in the shared entity cache; stock is also changed by plain SQL (orders), which the
 * cache cannot see. After such a commit the listing is dropped from the cache and read afresh.
 */
@ApplicationScoped
public class ListingCacheEviction {

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void requireInjected() {
    Injected.require(em, "entity manager");
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
    if (change.listingId() != null) {
      em.getEntityManagerFactory().getCache().evict(Listing.class, change.listingId());
    }
  }
}
