package org.koinagora.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koinagora.organisations.Delegations;
import org.koinagora.organisations.Organisation;

/**
 * The demo's delegated access: the first enterprise's member has given the support centre of
 * Central Macedonia access for six months (its staff, {@code support1@}, see it on their dashboard;
 * the enterprise sees the grant and its log).
 */
final class DemoDelegation {

  private static final int DAYS = 180;

  private DemoDelegation() {}

  static void load(EntityManager em, List<JsonObject> data, List<Organisation> organisations) {
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i).containsKey("delegatedBy")) {
        grant(em, organisations.get(i), data.get(i).getString("delegatedBy"));
      }
    }
  }

  private static void grant(EntityManager em, Organisation centre, String memberEmail) {
    Object[] member =
        (Object[])
            em.createNativeQuery(
                    "SELECT u.id, u.name, m.enterprise_id FROM user_account u JOIN"
                        + " enterprise_member m ON m.user_id = u.id WHERE u.email = ?1")
                .setParameter(1, memberEmail)
                .getSingleResult();
    long memberId = ((Number) member[0]).longValue();
    long enterpriseId = ((Number) member[2]).longValue();
    LocalDate lastDay = LocalDate.now(Delegations.ATHENS).plusDays(DAYS);
    Instant until = lastDay.plusDays(1).atStartOfDay(Delegations.ATHENS).toInstant();
    Timestamp now = Timestamp.from(Instant.now());
    em.createNativeQuery(
            "INSERT INTO enterprise_delegation (enterprise_id, organisation_id, granted_by,"
                + " granted_at, valid_until) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, enterpriseId)
        .setParameter(2, centre.getId())
        .setParameter(3, memberId)
        .setParameter(4, now)
        .setParameter(5, Timestamp.from(until))
        .executeUpdate();
    long delegationId =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    em.createNativeQuery(
            "INSERT INTO delegated_action (delegation_id, enterprise_id, organisation_id,"
                + " actor_id, actor_name, action, subject, acted_at) VALUES (?1, ?2, ?3, ?4, ?5,"
                + " 'delegation.granted', ?6, ?7)")
        .setParameter(1, delegationId)
        .setParameter(2, enterpriseId)
        .setParameter(3, centre.getId())
        .setParameter(4, memberId)
        .setParameter(5, member[1])
        .setParameter(6, lastDay.toString())
        .setParameter(7, now)
        .executeUpdate();
  }
}
