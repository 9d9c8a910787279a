package org.koinagora.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** What anyone may see of the catalog: active listings of verified enterprises. */
@ApplicationScoped
public class Catalog {

  @PersistenceContext private EntityManager em;

  public Optional<Listing> publicListing(long id) {
    return Optional.ofNullable(em.find(Listing.class, id)).filter(Listing::isPublic);
  }

  public List<Listing> newest(int max) {
    return em.createNamedQuery("Listing.findPublicNewest", Listing.class)
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
