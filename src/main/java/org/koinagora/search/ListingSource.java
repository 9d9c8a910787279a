package org.koinagora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.Money;

/**
 * Reads public listings from the database in the shape the index wants, with plain SQL for speed.
 */
@ApplicationScoped
public class ListingSource {

  private static final int BATCH = 2_000;
  private static final String PUBLIC =
      " FROM listing l JOIN enterprise e ON e.id = l.enterprise_id"
          + " WHERE l.status = 'ACTIVE' AND e.status = 'VERIFIED'";
  private static final String SIGNATURE =
      "CONCAT(l.version, '/', e.version, '/', COALESCE((SELECT i.storage_key FROM listing_image i"
          + " WHERE i.listing_id = l.id ORDER BY i.position LIMIT 1), ''))";
  private static final String COLUMNS =
      "SELECT l.id, "
          + SIGNATURE
          + ", l.kind, l.title_el, l.title_en, l.description_el, l.description_en, l.price,"
          + " l.stock, l.unit, l.created_at, e.id, e.name, e.legal_form, e.region, l.category_id,"
          + " (SELECT GROUP_CONCAT(t.tag) FROM listing_tag t WHERE t.listing_id = l.id), (SELECT"
          + " i.storage_key FROM listing_image i WHERE i.listing_id = l.id ORDER BY i.position"
          + " LIMIT 1), l.service_booking";

  @PersistenceContext private EntityManager em;
  @Inject private Categories categories;

  public Optional<ListingDocument> listing(long id) {
    return read(PUBLIC + " AND l.id = ?1", id).stream().findFirst();
  }

  public List<ListingDocument> ofEnterprise(long enterpriseId) {
    return read(PUBLIC + " AND e.id = ?1 ORDER BY l.id", enterpriseId);
  }

  public List<ListingDocument> listings(List<Long> ids) {
    List<ListingDocument> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      String batch =
          ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(","));
      found.addAll(read(PUBLIC + " AND l.id IN (" + batch + ")", null));
    }
    return found;
  }

  /** Every public listing, a batch at a time. */
  public void everyListing(Consumer<ListingDocument> each) {
    long after = 0;
    while (true) {
      List<ListingDocument> batch =
          read(PUBLIC + " AND l.id > ?1 ORDER BY l.id LIMIT " + BATCH, after);
      batch.forEach(each);
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** The signature of every public listing, to find what the index missed. */
  public Map<Long, String> signatures() {
    Map<Long, String> signatures = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT l.id, " + SIGNATURE + PUBLIC).getResultList();
    for (Object[] row : rows) {
      signatures.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return signatures;
  }

  private List<ListingDocument> read(String where, Object parameter) {
    @SuppressWarnings("unchecked")
    var query = em.createNativeQuery(COLUMNS + where);
    if (parameter != null) {
      query.setParameter(1, parameter);
    }
    List<Object[]> rows = query.getResultList();
    Map<Long, Category> byId =
        categories.all().stream().collect(Collectors.toMap(Category::getId, c -> c));
    List<ListingDocument> documents = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      documents.add(document(row, byId));
    }
    return documents;
  }

  private static ListingDocument document(Object[] row, Map<Long, Category> categories) {
    List<DocumentNames.CategoryName> chain = new ArrayList<>();
    for (Category category = categories.get(((Number) row[15]).longValue());
        category != null;
        category = category.getParent()) {
      chain.add(
          0,
          new DocumentNames.CategoryName(
              category.getPath(), category.getName().el(), category.getName().en()));
    }
    List<String> tags =
        row[16] == null
            ? List.of()
            : Arrays.stream(((String) row[16]).split(","))
                .map(tag -> tag.toLowerCase(Locale.ROOT).replace('_', '-'))
                .sorted()
                .toList();
    String legalForm = (String) row[13];
    String region = (String) row[14];
    return new ListingDocument(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        BilingualText.of((String) row[3], (String) row[4]),
        BilingualText.of((String) row[5], (String) row[6]),
        Money.euros((BigDecimal) row[7]),
        row[8] == null ? null : ((Number) row[8]).intValue(),
        (String) row[9],
        instant(row[10]),
        row[17] == null ? null : "/media/" + row[17] + "-thumb.jpg",
        ((Number) row[11]).longValue(),
        (String) row[12],
        legalForm,
        region,
        chain.stream().map(DocumentNames.CategoryName::path).toList(),
        tags,
        DocumentNames.of(chain, tags, region, legalForm),
        (String) row[18]);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    return Instant.EPOCH;
  }
}
