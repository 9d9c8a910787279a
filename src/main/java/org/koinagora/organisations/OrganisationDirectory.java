package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.koinagora.enterprises.Region;

/** What anyone may see of organisations: every organisation has a public profile. */
@ApplicationScoped
public class OrganisationDirectory {

  @PersistenceContext private EntityManager em;

  public Optional<Organisation> one(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  /** The organisation whose staff the user is (the first one, should they be staff of several). */
  public Optional<Organisation> ofStaff(long userId) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE :user MEMBER OF o.staffIds ORDER BY o.id",
            Organisation.class)
        .setParameter("user", userId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Organisations of this kind and region (either may be null: any), by Greek name. */
  public List<Organisation> list(OrganisationKind kind, Region region) {
    String where =
        (kind == null ? "" : " AND o.kind = :kind")
            + (region == null ? "" : " AND o.region = :region");
    var query =
        em.createQuery(
            "SELECT o FROM Organisation o WHERE 1 = 1" + where + " ORDER BY o.name.el, o.id",
            Organisation.class);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (region != null) {
      query.setParameter("region", region);
    }
    return query.getResultList();
  }
}
