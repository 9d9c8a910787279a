package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;

/**
 * The demo partnership of Central Macedonia: the Thessaloniki municipality, the support centre and
 * three enterprises of the north, all having accepted.
 */
final class DemoPartnership {

  private static final List<String> ENTERPRISES =
      List.of(
          "Μελισσοκομικός Συνεταιρισμός Χαλκιδικής",
          "Συνεταιρισμός Γυναικών Ζαγορίου",
          "Εργαστήρι Υφαντικής Σουφλίου");

  private DemoPartnership() {}

  static void load(EntityManager em, List<Organisation> organisations) {
    Organisation partnership = first(organisations, OrganisationKind.PARTNERSHIP);
    join(
        em,
        partnership,
        "ORGANISATION",
        first(organisations, OrganisationKind.MUNICIPALITY).getId());
    join(
        em,
        partnership,
        "ORGANISATION",
        first(organisations, OrganisationKind.SUPPORT_CENTRE).getId());
    for (String name : ENTERPRISES) {
      long id =
          em.createQuery("SELECT e.id FROM Enterprise e WHERE e.name = :name", Long.class)
              .setParameter("name", name)
              .getSingleResult();
      join(em, partnership, "ENTERPRISE", id);
    }
  }

  private static Organisation first(List<Organisation> organisations, OrganisationKind kind) {
    return organisations.stream().filter(o -> o.getKind() == kind).findFirst().orElseThrow();
  }

  private static void join(EntityManager em, Organisation partnership, String kind, long memberId) {
    em.createNativeQuery(
            "INSERT INTO partnership_member (partnership_id, member_kind, member_id, status,"
                + " invited_at, decided_at) VALUES (?1, ?2, ?3, 'ACCEPTED', NOW(6), NOW(6))")
        .setParameter(1, partnership.getId())
        .setParameter(2, kind)
        .setParameter(3, memberId)
        .executeUpdate();
  }
}
