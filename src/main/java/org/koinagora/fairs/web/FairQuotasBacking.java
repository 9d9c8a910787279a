package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.fairs.CategoryQuotas;
import org.koinagora.fairs.StandLimits;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/fair-edit?fair=, its category quotas: set one (a new category or a new number for one
 * that has a quota) or remove one; the rest stay as they are.
 */
@Named
@RequestScoped
public class FairQuotasBacking {

  @Inject private OrganisedFair organised;
  @Inject private CategoryQuotas quotas;
  @Inject private Categories categories;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private List<StandLimits.Quota> current;
  private Long categoryId;
  private String max;

  public List<StandLimits.Quota> getQuotas() {
    if (current == null) {
      current = quotas.of(organised.getFairId());
    }
    return current;
  }

  public List<Category> getCategories() {
    return categories.all();
  }

  public void save() {
    List<CategoryQuotas.Choice> choices = new ArrayList<>();
    // a number not typed as one is refused with the range, as one out of it is
    choices.add(new CategoryQuotas.Choice(categoryId, Typed.wholeNumber(max)));
    getQuotas().stream()
        .filter(quota -> !quota.category().getId().equals(categoryId))
        .forEach(
            quota -> choices.add(new CategoryQuotas.Choice(quota.category().getId(), quota.max())));
    replaceBy(choices);
  }

  public void remove(long removedCategoryId) {
    replaceBy(
        getQuotas().stream()
            .filter(quota -> !quota.category().getId().equals(removedCategoryId))
            .map(quota -> new CategoryQuotas.Choice(quota.category().getId(), quota.max()))
            .toList());
  }

  private void replaceBy(List<CategoryQuotas.Choice> choices) {
    try {
      current = quotas.set(currentUser.require(Role.MUNICIPALITY), organised.getFairId(), choices);
      categoryId = null;
      max = null;
      formErrors.info("fair_edit.quota.saved");
    } catch (BusinessException e) {
      formErrors.show("quotas", e, Map.of("categoryId", "quotaCategory", "max", "quotaMax"));
    }
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max;
  }
}
