package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Everything Koinagora holds about a person, as one JSON document (GDPR art. 15 and 20): a short
 * summary, then under {@code "tables"} every row of every table that is about them, by table.
 * Erasure ({@link AccountService#deleteAccount}) covers the same tables. A table added later that
 * refers to an account or holds an address, name or phone joins {@link #TABLES}, or a test
 * (SecurityIT) fails.
 */
@ApplicationScoped
public class PersonalData {

  /**
   * One table's rows about the person: the columns shown (never a secret or its digest), chosen by
   * the account's id (?1) or email (?2).
   */
  record Table(String name, List<String> columns, String where) {
    Table(String name, String columns, String where) {
      this(name, List.of(columns.split(" ")), where);
    }
  }

  private static final String THEIR_ORDERS = "SELECT id FROM customer_order WHERE buyer_id = ?1";
  private static final String THEIR_ADVICE = "requester_id = ?1 OR email = ?2";
  private static final String THEIR_QUOTE_REQUESTS = "buyer_id = ?1 OR email = ?2";
  private static final String THEIR_ENTERPRISES =
      "SELECT enterprise_id FROM enterprise_member WHERE user_id = ?1";

  static final List<Table> TABLES =
      List.of(
          new Table(
              "user_account",
              "id email name language admin created_at email_confirmed_at",
              "WHERE id = ?1"),
          new Table(
              "api_token",
              "id label created_at expires_at last_used_at revoked_at",
              "WHERE user_id = ?1"),
          new Table("password_reset", "id created_at expires_at used_at", "WHERE user_id = ?1"),
          new Table("email_confirmation", "id created_at expires_at used_at", "WHERE user_id = ?1"),
          // the sign-in history kept: failed attempts against the address, and when it was last
          // sent a link
          new Table(
              "login_throttle",
              "throttle_key failures window_start blocked_until",
              "WHERE throttle_key IN (CONCAT('account:', ?2), CONCAT('notice:confirm:', ?2),"
                  + " CONCAT('notice:taken:', ?2), CONCAT('advice:to:', ?2))"),
          new Table("enterprise_member", "enterprise_id joined_at", "WHERE user_id = ?1"),
          new Table("organisation_staff", "organisation_id", "WHERE user_id = ?1"),
          new Table(
              "enterprise_invite",
              "id enterprise_id email created_at expires_at accepted_at",
              "WHERE email = ?2"),
          new Table(
              "organisation_invite",
              "id organisation_id email created_at expires_at accepted_at",
              "WHERE email = ?2"),
          new Table("cart", "id updated_at", "WHERE user_id = ?1"),
          new Table(
              "cart_item",
              "cart_id listing_id quantity",
              "WHERE cart_id IN (SELECT id FROM cart WHERE user_id = ?1)"),
          new Table(
              "customer_order",
              "id reference email buyer_name phone language status payment_method manual_kind total"
                  + " vat_total delivery_street delivery_postcode delivery_city paid_at"
                  + " status_reason created_at",
              "WHERE buyer_id = ?1"),
          new Table(
              "order_part",
              "id order_id enterprise_id fulfilment fair_id status subtotal updated_at",
              "WHERE order_id IN (" + THEIR_ORDERS + ")"),
          new Table(
              "order_line",
              "id part_id listing_id title unit_price vat_rate quantity measure unit",
              "WHERE part_id IN (SELECT id FROM order_part WHERE order_id IN ("
                  + THEIR_ORDERS
                  + "))"),
          new Table(
              "stand_booking",
              "id fair_id stand_id enterprise_id status note fee fee_reason reason checked_in_at"
                  + " created_at",
              "WHERE enterprise_id IN (" + THEIR_ENTERPRISES + ")"),
          new Table(
              "fair_waitlist",
              "id fair_id enterprise_id status booking_id created_at",
              "WHERE enterprise_id IN (" + THEIR_ENTERPRISES + ")"),
          // not the bodies: a reset link still waiting there would open the account to whoever
          // holds the export
          new Table(
              "mail_outbox", "id recipient subject status created_at", "WHERE recipient = ?2"),
          new Table("fair_lottery", "fair_id drawn_at", "WHERE drawn_by = ?1"),
          // delegated access the person gave or revoked for their enterprise, and what they did
          // under one as a support centre's staff (the enterprise's log keeps the line, not the
          // name, after erasure)
          new Table(
              "enterprise_delegation",
              "id enterprise_id organisation_id granted_by granted_at valid_until revoked_by"
                  + " revoked_at",
              "WHERE granted_by = ?1 OR revoked_by = ?1"),
          new Table(
              "delegated_action",
              "id enterprise_id organisation_id actor_name action subject acted_at",
              "WHERE actor_id = ?1"),
          // requests for advice the person made (signed in, or from the address before having an
          // account), and every message of those threads and the ones they wrote as staff
          new Table(
              "advice_request",
              "id organisation_id requester_name email group_name region legal_form language status"
                  + " created_at last_message_at closed_at",
              "WHERE " + THEIR_ADVICE),
          new Table(
              "advice_message",
              "id request_id author_kind author_name body created_at",
              "WHERE author_id = ?1 OR request_id IN (SELECT id FROM advice_request WHERE "
                  + THEIR_ADVICE
                  + ")"),
          // requests for a quote the person made (signed in, or as a guest from the address), and
          // every message of their threads and those they wrote for an enterprise
          new Table(
              "quote_request",
              "id reference email buyer_kind buyer_name afm doy address buyer_reference description"
                  + " place period amount budget language created_at",
              "WHERE " + THEIR_QUOTE_REQUESTS),
          new Table(
              "quote",
              "id thread_id status valid_until note total vat_total order_id decline_reason"
                  + " created_at decided_at",
              "WHERE author_id = ?1 OR thread_id IN (SELECT t.id FROM quote_thread t JOIN"
                  + " quote_request r ON r.id = t.request_id WHERE r."
                  + THEIR_QUOTE_REQUESTS.replace("OR ", "OR r.")
                  + ")"),
          new Table(
              "quote_message",
              "id thread_id author_kind author_name body created_at",
              "WHERE author_id = ?1 OR thread_id IN (SELECT t.id FROM quote_thread t JOIN"
                  + " quote_request r ON r.id = t.request_id WHERE r."
                  + THEIR_QUOTE_REQUESTS.replace("OR ", "OR r.")
                  + ")"),
          // the documents of those requests and those they sent for an enterprise: what each is
          // (the files themselves are on the request's page)
          new Table(
              "quote_attachment",
              "id request_id thread_id author_kind file_name content_type size_bytes created_at",
              "WHERE author_id = ?1 OR request_id IN (SELECT id FROM quote_request WHERE "
                  + THEIR_QUOTE_REQUESTS
                  + ")"),
          // questions the person asked on calls (published without their name) and the offers
          // they submitted for their enterprise (the note stays sealed: the enterprise reads it)
          new Table(
              "reserved_call", "id organisation_id title_el created_at", "WHERE created_by = ?1"),
          new Table(
              "reserved_call_question",
              "id call_id enterprise_id question answer asked_at answered_at",
              "WHERE asker_id = ?1"),
          new Table(
              "call_offer",
              "id call_id enterprise_id price status submitted_at replaced_at withdrawn_at",
              "WHERE submitted_by = ?1"));

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
        .add(
            "enterprises",
            memberships(
                "SELECT e.id, e.name, e.status FROM enterprise e"
                    + " JOIN enterprise_member m ON m.enterprise_id = e.id WHERE m.user_id = ?1",
                accountId,
                "status"))
        .add(
            "organisations",
            memberships(
                "SELECT x.id, x.name_el, x.region FROM organisation x JOIN organisation_staff m ON"
                    + " m.organisation_id = x.id WHERE m.user_id = ?1",
                accountId,
                "region"))
        .add("apiTokens", tokenList)
        .add("tables", tables(accountId, account.getEmail()))
        .build()
        .toString();
  }

  private JsonObjectBuilder tables(long accountId, String email) {
    JsonObjectBuilder all = Json.createObjectBuilder();
    for (Table table : TABLES) {
      JsonArrayBuilder rows = Json.createArrayBuilder();
      var query =
          em.createNativeQuery(
              "SELECT "
                  + String.join(", ", table.columns())
                  + " FROM "
                  + table.name()
                  + " "
                  + table.where());
      if (table.where().contains("?1")) {
        query.setParameter(1, accountId);
      }
      if (table.where().contains("?2")) {
        query.setParameter(2, email);
      }
      @SuppressWarnings("unchecked")
      List<Object> found = query.getResultList();
      for (Object row : found) {
        Object[] values = row instanceof Object[] many ? many : new Object[] {row};
        JsonObjectBuilder item = Json.createObjectBuilder();
        for (int i = 0; i < values.length; i++) {
          add(item, table.columns().get(i), values[i]);
        }
        rows.add(item);
      }
      all.add(table.name(), rows);
    }
    return all;
  }

  private static void add(JsonObjectBuilder item, String column, Object value) {
    if (value == null) {
      item.addNull(column);
    } else if (value instanceof Boolean flag) {
      item.add(column, flag);
    } else if (value instanceof BigDecimal decimal) {
      item.add(column, decimal);
    } else if (value instanceof Number number) {
      item.add(column, number.longValue());
    } else if (value instanceof Timestamp timestamp) {
      item.add(column, timestamp.toInstant().toString());
    } else {
      item.add(column, value.toString());
    }
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
