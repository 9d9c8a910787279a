package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Listing;

/**
 * The active listings part of /enterprises/{id} ({@code WEB-INF/includes/enterprise-listings}):
 * catalog owns it so that the enterprises feature does not depend on catalog.
 */
@Named
@RequestScoped
public class EnterpriseListingsBacking {

  @Inject private Catalog catalog;

  private Long enterpriseId;
  private List<Listing> listings;

  /** The public listings of the enterprise, newest first; read once a request. */
  public List<Listing> of(long enterpriseId) {
    if (listings == null || this.enterpriseId != enterpriseId) {
      this.enterpriseId = enterpriseId;
      listings = catalog.ofEnterprise(enterpriseId);
    }
    return listings;
  }
}
