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

  public List<Enterprise> publicList(Region region) {
    var query =
        region == null
            ? em.createNamedQuery("Enterprise.findByStatus", Enterprise.class)
            : em.createNamedQuery("Enterprise.findByStatusAndRegion", Enterprise.class)
                .setParameter("region", region);
    return query.setParameter("status", EnterpriseStatus.VERIFIED).getResultList();
  }
}
