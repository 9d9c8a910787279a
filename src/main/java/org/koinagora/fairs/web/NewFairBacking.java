package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/** /dashboard/municipality, its "new fair" form: a draft with the main details. */
@Named
@RequestScoped
public class NewFairBacking {

  @Inject private OrganiserDesk desk;
  @Inject private FairService fairs;
  @Inject private FormErrors formErrors;

  private final FairForm form = new FairForm();
  private boolean ownRegionOnly = true;

  /**
   * A new fair admits, unless the organiser unticks it, the enterprises of its organiser's region
   * (the whole region for a REGIONAL fair, the municipality's region for a LOCAL one).
   */
  public void create() {
    try {
      if (ownRegionOnly) {
        form.setRegions(List.of(getOwnRegion().name()));
      }
      Fair fair = fairs.create(desk.staff(), form.details());
      formErrors.info("organiser.created", fair.getTitle().el());
      desk.changed();
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("create", e);
    }
  }

  public Region getOwnRegion() {
    return fairs.organisationOf(desk.staff()).getRegion();
  }

  public boolean isOwnRegionOnly() {
    return ownRegionOnly;
  }

  public void setOwnRegionOnly(boolean ownRegionOnly) {
    this.ownRegionOnly = ownRegionOnly;
  }

  public FairForm getForm() {
    return form;
  }

  /** A number input here: one left empty counts as 0 and is refused with the other fields. */
  public int getMaxStands() {
    Integer stands = Typed.wholeNumber(form.getMaxStands());
    return stands == null ? 0 : stands;
  }

  public void setMaxStands(int maxStands) {
    form.setMaxStands(String.valueOf(maxStands));
  }
}
