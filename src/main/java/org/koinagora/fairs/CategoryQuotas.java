package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Category;
import org.koinagora.shared.InvalidInputException;

/**
 * An organiser caps the stands per product category of a fair ("at most 4 honey producers"); any of
 * its organisers' staff set them, at any time (a lowered quota keeps the stands already booked).
 */
@ApplicationScoped
public class CategoryQuotas {

  public static final int MAX = 500;

  @PersistenceContext private EntityManager em;
  @Inject private FairService fairs;
  @Inject private StandLimits limits;

  /** One quota as asked for: a category's id and the most stands under it. */
  public record Choice(Long categoryId, Integer max) {}

  /** Replaces the fair's quotas by these; an empty list ends them all. */
  @Transactional
  public List<StandLimits.Quota> set(SignedInUser staff, long fairId, List<Choice> choices) {
    fairs.organisedBy(staff, fairId);
    Map<Long, Integer> quotas = new LinkedHashMap<>();
    for (Choice choice : choices == null ? List.<Choice>of() : choices) {
      if (choice == null
          || choice.categoryId() == null
          || em.find(Category.class, choice.categoryId()) == null) {
        throw new InvalidInputException("categoryId", "quota.category.unknown");
      }
      if (choice.max() == null || choice.max() < 1 || choice.max() > MAX) {
        throw new InvalidInputException("max", "quota.max.invalid", MAX);
      }
      if (quotas.put(choice.categoryId(), choice.max()) != null) {
        throw new InvalidInputException("categoryId", "quota.category.twice");
      }
    }
    limits.setQuotas(fairId, quotas);
    return limits.quotasOf(fairId);
  }

  public List<StandLimits.Quota> of(long fairId) {
    return limits.quotasOf(fairId);
  }
}
