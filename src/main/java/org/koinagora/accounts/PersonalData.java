package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Everything Koinagora holds about a person, as one JSON document (GDPR art. 15 and 20). */
@ApplicationScoped
public class PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private ApiTokenService tokens;
  @Inject private RoleResolver roles;

  public String exportJson(long accountId) {
    UserAccount account = accounts.find(accountId);
    JsonArrayBuilder roleNames = Json.createArrayBuilder();
    roles.rolesOf(account).forEach(role -> roleNames.add(role.name()));
    JsonArrayBuilder tokenList = Json.createArrayBuilder();
    for (ApiToken token : tokens.activeTokensOf(accountId)) {
      tokenList.add(
          Json.createObjectBuilder()
              .add("label", token.getLabel())
              .add("created", token.getCreatedAt().toString())
              .add("expires", token.getExpiresAt().toString())
              .add("lastUsed", String.valueOf(token.getLastUsedAt())));
    }
    return Json.createObjectBuilder()
        .add("exportedAt", Instant.now().toString())
        .add(
            "account",
            Json.createObjectBuilder()
                .add("email", account.getEmail())
                .add("name", account.getName())
                .add("language", account.getLanguage())
                .add("createdAt", account.getCreatedAt().toString())
                .add("roles", roleNames))
        .add("enterprises", memberships(
            "SELECT e.id, e.name, e.status FROM enterprise e"
                + " JOIN enterprise_member m ON m.enterprise_id = e.id WHERE m.user_id = ?1",
            accountId,
            "status"))
        .add("municipalities", memberships(
            "SELECT x.id, x.name, x.region FROM municipality x"
                + " JOIN municipality_member m ON m.municipality_id = x.id WHERE m.user_id = ?1",
            accountId,
            "region"))
        .add("apiTokens", tokenList)
        .build()
        .toString();
  }

  private JsonArrayBuilder memberships(String sql, long accountId, String thirdColumn) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, accountId).getResultList();
    for (Object[] row : rows) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("id", ((Number) row[0]).longValue())
              .add("name", String.valueOf(row[1]))
              .add(thirdColumn, String.valueOf(row[2]));
      list.add(item);
    }
    return list;
  }
}
