package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.web.StructuredData;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.shared.Links;
import org.koinagora.shared.web.PageCache;
import org.koinagora.shared.web.Pages;

/** /enterprises/{id}: the public profile of a verified enterprise and its active listings. */
@Named
@RequestScoped
public class EnterprisePageBacking {

  @Inject private EnterpriseDirectory directory;
  @Inject private Catalog catalog;
  @Inject private Links links;

  private Long id;
  private Enterprise enterprise;
  private List<Listing> listings;

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

  public List<Listing> getListings() {
    if (listings == null) {
      listings = catalog.ofEnterprise(enterprise.getId());
    }
    return listings;
  }

  public String getJsonLd() {
    return StructuredData.organization(
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
