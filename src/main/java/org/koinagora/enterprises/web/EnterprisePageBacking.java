package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.shared.web.Pages;

/** /enterprises/{id}: the public profile of a verified enterprise. */
@Named
@RequestScoped
public class EnterprisePageBacking {

  @Inject private EnterpriseDirectory directory;

  private Long id;
  private Enterprise enterprise;

  public void load() {
    enterprise = id == null ? null : directory.publicOne(id).orElse(null);
    if (enterprise == null) {
      Pages.sendError(404);
    }
  }

  public String getDescription() {
    return enterprise.description(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getImpact() {
    return enterprise.impact(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
