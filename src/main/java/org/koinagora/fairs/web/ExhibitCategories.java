package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.fairs.StandLimits;

/**
 * The product categories the signed-in member's enterprises may exhibit under (those of their
 * active listings), for the booking and waitlist forms' "what you exhibit" choice.
 */
@Named
@RequestScoped
public class ExhibitCategories {

  @Inject private CurrentUser currentUser;
  @Inject private EnterpriseService enterprises;
  @Inject private StandLimits limits;

  private List<Category> mine;

  public List<Category> getMine() {
    if (mine == null) {
      mine =
          limits.categoriesOffered(
              enterprises.ofMember(currentUser.require().id()).stream()
                  .filter(Enterprise::isPublic)
                  .map(Enterprise::getId)
                  .toList());
    }
    return mine;
  }

  /** Whether the fair caps stands per category, so that a booking must name one. */
  public boolean required(long fairId) {
    return limits.hasQuotas(fairId);
  }

  /** The one to preselect: the only one there is, else none. */
  public Long defaultFor(Long chosen) {
    return chosen != null || getMine().size() != 1 ? chosen : getMine().get(0).getId();
  }
}
