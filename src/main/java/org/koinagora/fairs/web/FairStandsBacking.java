package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.FairService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/fair-edit?fair=, its plan: stands moved, resized, repriced or deleted one by one
 * (while nobody has them), rows added.
 */
@Named
@ViewScoped
public class FairStandsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisedFair organised;
  @Inject private transient FairService fairs;
  @Inject private transient FairDirectory directory;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private List<StandForm> stands;
  private final StandRowForm row = new StandRowForm();

  private void fill(Fair fair) {
    Set<Long> held = fairs.standsWithBookings(fair.getId());
    stands =
        new ArrayList<>(
            fair.getStands().stream()
                .map(stand -> new StandForm(stand, !held.contains(stand.getId())))
                .toList());
  }

  public void saveStand(StandForm form) {
    try {
      var stand =
          fairs.changeStand(currentUser.require(Role.MUNICIPALITY), form.getId(), form.change());
      fill(stand.getFair());
      formErrors.info("fair_edit.stand_saved", form.getCode());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("stands", e);
      formErrors.error("fair_edit.stand_not_saved", form.getCode());
    }
  }

  public void deleteStand(StandForm form) {
    try {
      fairs.deleteStand(currentUser.require(Role.MUNICIPALITY), form.getId());
      fill(organised.getFair());
      formErrors.info("fair_edit.stand_deleted", form.getCode());
    } catch (BusinessException e) {
      formErrors.show("stands", e);
    }
  }

  public void addRow() {
    try {
      fairs.addRow(currentUser.require(Role.MUNICIPALITY), organised.getFairId(), row.row());
      fill(organised.getFair());
      formErrors.info("organiser.row_added");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("row", e);
    }
  }

  /** The plan as the public page would draw it, for the organiser to check the layout. */
  public List<FairPageBacking.PlanStand> getPlan() {
    Set<Long> taken = directory.takenStands(organised.getFairId());
    return organised.getFair().getStands().stream()
        .map(
            stand ->
                new FairPageBacking.PlanStand(
                    stand, !taken.contains(stand.getId()), stand.getCode(), ""))
        .toList();
  }

  public List<StandForm> getStands() {
    if (stands == null) {
      fill(organised.getFair());
    }
    return stands;
  }

  public StandRowForm getRow() {
    return row;
  }
}
