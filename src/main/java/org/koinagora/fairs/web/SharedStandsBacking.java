package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Category;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandCoExhibitor;
import org.koinagora.fairs.StandLimits;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/enterprise, consortium stands from the invited side: invitations to share a stand,
 * accepted naming what the enterprise exhibits or declined, and the stands it shares.
 */
@Named
@RequestScoped
public class SharedStandsBacking {

  private static final String FORM = "coExhibitorInvitations";

  @Inject private Consortia consortia;
  @Inject private StandLimits limits;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private final Map<Long, String> categories = new HashMap<>();
  private List<StandCoExhibitor> waiting;
  private List<StandCoExhibitor> shared;

  public List<StandCoExhibitor> getWaiting() {
    if (waiting == null) {
      waiting = consortia.invitationsFor(currentUser.require());
    }
    return waiting;
  }

  public List<StandCoExhibitor> getShared() {
    if (shared == null) {
      shared = consortia.sharedBy(currentUser.require());
    }
    return shared;
  }

  /** What the invited enterprise may exhibit: the categories of its active listings. */
  public List<Category> categoriesOf(StandCoExhibitor invitation) {
    return limits.categoriesOffered(List.of(invitation.getEnterprise().getId()));
  }

  /** Whether the fair caps stands per category, so that accepting must name one. */
  public boolean categoryRequired(StandCoExhibitor invitation) {
    return limits.hasQuotas(invitation.getBooking().getFair().getId());
  }

  public void accept(long invitationId) {
    String typed = categories.get(invitationId);
    List<Category> offered =
        getWaiting().stream()
            .filter(co -> co.getId() == invitationId)
            .findFirst()
            .map(this::categoriesOf)
            .orElse(List.of());
    Long category =
        typed == null || typed.isBlank()
            ? (offered.size() == 1 ? offered.get(0).getId() : null)
            : Long.valueOf(typed);
    decide(
        invitationId,
        () -> consortia.accept(currentUser.require(), invitationId, category),
        "consortium.accepted");
  }

  public void decline(long invitationId) {
    decide(
        invitationId,
        () -> consortia.decline(currentUser.require(), invitationId),
        "consortium.declined");
  }

  private void decide(long invitationId, Supplier<StandCoExhibitor> answer, String done) {
    int row = getWaiting().stream().map(StandCoExhibitor::getId).toList().indexOf(invitationId);
    try {
      var invitation = answer.get();
      formErrors.info(done, invitation.getBooking().getStand().getCode());
      waiting = null;
      shared = null;
    } catch (BusinessException e) {
      if (e.field() != null && row >= 0) {
        formErrors.messageFor(
            FORM + ":invitation:" + row + ":category", e.messageKey(), e.arguments());
      } else {
        formErrors.show(FORM, e);
      }
    }
  }

  public Map<Long, String> getCategories() {
    return categories;
  }
}
