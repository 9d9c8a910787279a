package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;

/**
 * A fair's limits as counter rows that the booking's own transaction updates, each with one guarded
 * UPDATE: the stands of each enterprise ({@code fair_enterprise_stands}, against the fair's limit
 * per enterprise) and of each product category ({@code fair_category_stands}, against the
 * organiser's quota, if any). A booking counts under its category and the category's parents. Two
 * requests for the last place update the same row, and on MariaDB Galera too one of them loses
 * (there at commit, as a certification conflict, which the API answers 409).
 *
 * <p>Rows are updated in one order, the enterprise's first and then the categories' by id, so that
 * two bookings never wait for each other in a circle.
 */
@ApplicationScoped
public class StandLimits {

  @PersistenceContext private EntityManager em;

  /** A category's quota at a fair, and how many stands are booked under it. */
  public record Quota(Category category, int max, int booked) {
    public int left() {
      return Math.max(0, max - booked);
    }
  }

  /**
   * Counts a new booking, offer or co-exhibitor; refused (409) when the enterprise is at its limit
   * or a quota of its category is reached.
   */
  void take(Fair fair, Enterprise enterprise, Category category) {
    ConflictException refusal = tryTake(fair, enterprise, category);
    if (refusal != null) {
      throw refusal;
    }
  }

  /**
   * Like {@link #take} for a caller that carries on when refused (the waitlist, which offers the
   * stand to the next): null when counted; else the refusal, with nothing counted.
   */
  ConflictException tryTake(Fair fair, Enterprise enterprise, Category category) {
    ensureRow("fair_enterprise_stands", "enterprise_id", fair.getId(), enterprise.getId());
    int counted =
        em.createNativeQuery(
                "UPDATE fair_enterprise_stands SET stands = stands + 1 WHERE fair_id = ? AND"
                    + " enterprise_id = ? AND stands < ?")
            .setParameter(1, fair.getId())
            .setParameter(2, enterprise.getId())
            .setParameter(3, fair.getMaxStandsPerEnterprise())
            .executeUpdate();
    if (counted == 0) {
      return new ConflictException(null, "booking.limit", fair.getMaxStandsPerEnterprise());
    }
    List<Category> taken = new ArrayList<>();
    for (Category under : withParents(category)) {
      ensureRow("fair_category_stands", "category_id", fair.getId(), under.getId());
      int fitted =
          em.createNativeQuery(
                  "UPDATE fair_category_stands SET stands = stands + 1 WHERE fair_id = ? AND"
                      + " category_id = ? AND (quota IS NULL OR stands < quota)")
              .setParameter(1, fair.getId())
              .setParameter(2, under.getId())
              .executeUpdate();
      if (fitted == 0) {
        decrementEnterprise(fair.getId(), enterprise.getId());
        taken.forEach(each -> decrementCategory(fair.getId(), each.getId()));
        return new ConflictException("categoryId", "booking.quota", under.getName());
      }
      taken.add(under);
    }
    return null;
  }

  /** A counted booking ended (cancelled, rejected, expired): its places are free again. */
  void giveBack(StandBooking booking) {
    em.flush();
    release(
        booking.getId(),
        booking.getFair().getId(),
        booking.getEnterprise().getId(),
        booking.getCategory());
  }

  /**
   * A counted booking ended: the booker's places are free again, and its co-exhibitors leave the
   * stand with it (their places free too). The co-exhibitors' rows are read locked, so that one
   * accepting at this moment is either seen here or finds the booking ended.
   */
  void release(long bookingId, long fairId, long enterpriseId, Category category) {
    giveBack(fairId, enterpriseId, category);
    @SuppressWarnings("unchecked")
    List<Object[]> sharing =
        em.createNativeQuery(
                "SELECT enterprise_id, category_id FROM stand_co_exhibitor WHERE booking_id = ? AND"
                    + " status = 'ACCEPTED' FOR UPDATE")
            .setParameter(1, bookingId)
            .getResultList();
    em.createNativeQuery(
            "UPDATE stand_co_exhibitor SET status = 'WITHDRAWN', version = version + 1 WHERE"
                + " booking_id = ? AND status IN ('INVITED', 'ACCEPTED')")
        .setParameter(1, bookingId)
        .executeUpdate();
    for (Object[] co : sharing) {
      giveBack(
          fairId,
          ((Number) co[0]).longValue(),
          co[1] == null ? null : em.find(Category.class, ((Number) co[1]).longValue()));
    }
  }

  void giveBack(long fairId, long enterpriseId, Category category) {
    decrementEnterprise(fairId, enterpriseId);
    withParents(category).forEach(under -> decrementCategory(fairId, under.getId()));
  }

  private void decrementEnterprise(long fairId, long enterpriseId) {
    em.createNativeQuery(
            "UPDATE fair_enterprise_stands SET stands = stands - 1 WHERE fair_id = ? AND"
                + " enterprise_id = ? AND stands > 0")
        .setParameter(1, fairId)
        .setParameter(2, enterpriseId)
        .executeUpdate();
  }

  private void decrementCategory(long fairId, long categoryId) {
    em.createNativeQuery(
            "UPDATE fair_category_stands SET stands = stands - 1 WHERE fair_id = ? AND"
                + " category_id = ? AND stands > 0")
        .setParameter(1, fairId)
        .setParameter(2, categoryId)
        .executeUpdate();
  }

  /** Whether the enterprise has no place left under the fair's limit (a check, not a claim). */
  boolean isAtLimit(Fair fair, Enterprise enterprise) {
    return standsOf(fair.getId(), enterprise.getId()) >= fair.getMaxStandsPerEnterprise();
  }

  public int standsOf(long fairId, long enterpriseId) {
    List<?> stands =
        em.createNativeQuery(
                "SELECT stands FROM fair_enterprise_stands WHERE fair_id = ? AND enterprise_id = ?")
            .setParameter(1, fairId)
            .setParameter(2, enterpriseId)
            .getResultList();
    return stands.isEmpty() ? 0 : ((Number) stands.get(0)).intValue();
  }

  /** The fair's quotas, in category order. */
  public List<Quota> quotasOf(long fairId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT category_id, quota, stands FROM fair_category_stands WHERE fair_id = ? AND"
                    + " quota IS NOT NULL")
            .setParameter(1, fairId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Quota(
                    em.find(Category.class, ((Number) row[0]).longValue()),
                    ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue()))
        .sorted(
            Comparator.comparingInt((Quota quota) -> quota.category().getPosition())
                .thenComparing(quota -> quota.category().getPath()))
        .toList();
  }

  public boolean hasQuotas(long fairId) {
    return !em.createNativeQuery(
            "SELECT category_id FROM fair_category_stands WHERE fair_id = ? AND quota IS NOT NULL"
                + " LIMIT 1")
        .setParameter(1, fairId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Sets the fair's quotas to exactly these (category id → max); the others' end. Stands already
   * booked stay booked when a quota is lowered below them; new ones wait until it has room.
   */
  void setQuotas(long fairId, Map<Long, Integer> quotas) {
    em.createNativeQuery("UPDATE fair_category_stands SET quota = NULL WHERE fair_id = ?")
        .setParameter(1, fairId)
        .executeUpdate();
    quotas.forEach(
        (categoryId, max) -> {
          ensureRow("fair_category_stands", "category_id", fairId, categoryId);
          em.createNativeQuery(
                  "UPDATE fair_category_stands SET quota = ? WHERE fair_id = ? AND category_id = ?")
              .setParameter(1, max)
              .setParameter(2, fairId)
              .setParameter(3, categoryId)
              .executeUpdate();
        });
  }

  /**
   * The row exists afterwards, locked by this transaction. {@code ON DUPLICATE KEY UPDATE} takes
   * the existing row's lock as exclusive at once: {@code INSERT IGNORE} would take a shared one,
   * which two waiting transactions then both try to raise, and one is killed as a deadlock.
   */
  private void ensureRow(String table, String column, long fairId, long otherId) {
    em.createNativeQuery(
            "INSERT INTO "
                + table
                + " (fair_id, "
                + column
                + ", stands) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE stands = stands")
        .setParameter(1, fairId)
        .setParameter(2, otherId)
        .executeUpdate();
  }

  private static List<Category> withParents(Category category) {
    List<Category> line = new ArrayList<>();
    for (Category at = category; at != null; at = at.getParent()) {
      line.add(at);
    }
    line.sort(Comparator.comparing(Category::getId));
    return line;
  }

  /** The categories these enterprises have active listings in: what they may book under. */
  public List<Category> categoriesOffered(List<Long> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT l.category FROM Listing l WHERE l.enterprise.id IN :enterprises AND"
                + " l.status = org.koinagora.catalog.ListingStatus.ACTIVE",
            Category.class)
        .setParameter("enterprises", enterpriseIds)
        .getResultStream()
        .sorted(Comparator.comparing(Category::getPosition).thenComparing(Category::getPath))
        .toList();
  }

  /**
   * The product category a booking (or a co-exhibitor) names: one the enterprise has an active
   * listing in; none may be named when the fair has no category quotas.
   */
  Category categoryFor(Fair fair, Enterprise enterprise, Long categoryId) {
    if (categoryId == null) {
      if (hasQuotas(fair.getId())) {
        throw new InvalidInputException("categoryId", "booking.category.required");
      }
      return null;
    }
    return offeredBy(enterprise, categoryId)
        .orElseThrow(() -> new InvalidInputException("categoryId", "booking.category.unknown"));
  }

  /** The category an enterprise names for a booking, if it has an active listing in it. */
  Optional<Category> offeredBy(Enterprise enterprise, long categoryId) {
    return em.createQuery(
            "SELECT l.category FROM Listing l WHERE l.enterprise.id = :enterprise AND"
                + " l.category.id = :category AND l.status ="
                + " org.koinagora.catalog.ListingStatus.ACTIVE",
            Category.class)
        .setParameter("enterprise", enterprise.getId())
        .setParameter("category", categoryId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
