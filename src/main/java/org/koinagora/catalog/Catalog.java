package org.koinagora.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What anyone may see of the catalog: active listings of verified enterprises. */
@ApplicationScoped
public class Catalog {

  @PersistenceContext private EntityManager em;

  /**
   * Read from the database, not the shared cache, and put back in the cache: orders take stock by
   * plain SQL, and a request that read the row just before such a commit can leave its older copy
   * in the cache after the commit evicted it, so a product page could say "2 left" of what sold
   * out.
   */
  private static final Map<String, Object> CURRENT =
      Map.of(
          "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
          "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

  /** A public listing as it is now, stock included (the product page and the API's product). */
  public Optional<Listing> publicListing(long id) {
    return Optional.ofNullable(em.find(Listing.class, id, CURRENT)).filter(Listing::isPublic);
  }

  public List<Listing> newest(int max) {
    return em.createNamedQuery("Listing.findPublicNewest", Listing.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Services bought by booking a time or asking a quote, newest first. */
  public List<Listing> bookableServices(int max) {
    return em.createNamedQuery("Listing.findPublicBookableServices", Listing.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<Listing> featured(int max) {
    return em.createNamedQuery("Listing.findPublicFeatured", Listing.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<Listing> ofEnterprise(long enterpriseId) {
    return em.createNamedQuery("Listing.findPublicByEnterprise", Listing.class)
        .setParameter("enterprise", enterpriseId)
        .getResultList();
  }

  public List<Listing> inCategories(List<Long> categoryIds, int first, int max) {
    return em.createNamedQuery("Listing.findPublicInCategories", Listing.class)
        .setParameter("categories", categoryIds)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countInCategories(List<Long> categoryIds) {
    return em.createNamedQuery("Listing.countPublicInCategories", Long.class)
        .setParameter("categories", categoryIds)
        .getSingleResult();
  }
}
