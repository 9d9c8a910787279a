package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/** /dashboard/fair-edit?fair=, its details: the organiser changes what the fair says of itself. */
@Named
@ViewScoped
public class FairDetailsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisedFair organised;
  @Inject private transient FairService fairs;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private FairForm form;
  private String status;

  public void save() {
    try {
      fill(
          fairs.update(
              currentUser.require(Role.MUNICIPALITY), organised.getFairId(), getForm().details()));
      formErrors.info("fair_edit.saved");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("details", e);
    }
  }

  private void fill(Fair fair) {
    form = FairForm.of(fair);
    status = fair.getStatus().name();
  }

  public FairForm getForm() {
    if (form == null) {
      fill(organised.getFair());
    }
    return form;
  }

  public String getStatus() {
    getForm();
    return status;
  }
}
