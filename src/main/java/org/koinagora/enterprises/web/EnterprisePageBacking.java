package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.shared.Links;
import org.koinagora.shared.web.PageCache;
import org.koinagora.shared.web.Pages;

/**
 * /enterprises/{id}: the public profile of a verified enterprise; its active listings are catalog's
 * include on the page.
 */
@Named
@RequestScoped
public class EnterprisePageBacking {

  @Inject private EnterpriseDirectory directory;
  @Inject private Links links;

  private Long id;
  private Enterprise enterprise;

  public void load() {
    enterprise = id == null ? null : directory.publicOne(id).orElse(null);
    if (enterprise == null) {
      Pages.sendError(404);
      return;
    }
    PageCache.dependsOn(PageCache.enterpriseTag(id));
  }

  public String getDescription() {
    return enterprise.description(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getImpact() {
    return enterprise.impact(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getJsonLd() {
    return OrganizationJsonLd.of(
        enterprise, FacesContext.getCurrentInstance().getViewRoot().getLocale(), links.to(""));
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
