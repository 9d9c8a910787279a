package org.koinagora.enterprises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** What anyone may see: verified enterprises only. */
@ApplicationScoped
public class EnterpriseDirectory {

  @PersistenceContext private EntityManager em;

  public Optional<Enterprise> publicOne(long id) {
    return Optional.ofNullable(em.find(Enterprise.class, id)).filter(Enterprise::isPublic);
  }

  /**
   * Verified enterprises whose name, place or description contains the words typed. A plain
   * database match until the Lucene search (issue 4) covers enterprises too.
   */
  public List<Enterprise> search(String text) {
    if (text == null || text.isBlank()) {
      return publicList(null);
    }
    String pattern = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
    return em.createQuery(
            "SELECT e FROM Enterprise e WHERE e.status = :status AND (LOWER(e.name) LIKE :p"
                + " OR LOWER(e.municipality) LIKE :p OR LOWER(e.descriptionEl) LIKE :p"
                + " OR LOWER(e.descriptionEn) LIKE :p) ORDER BY e.name",
            Enterprise.class)
        .setParameter("status", EnterpriseStatus.VERIFIED)
        .setParameter("p", pattern)
        .setMaxResults(100)
        .getResultList();
  }

  public List<Enterprise> publicList(Region region) {
    var query =
        region == null
            ? em.createNamedQuery("Enterprise.findByStatus", Enterprise.class)
            : em.createNamedQuery("Enterprise.findByStatusAndRegion", Enterprise.class)
                .setParameter("region", region);
    return query.setParameter("status", EnterpriseStatus.VERIFIED).getResultList();
  }
}
