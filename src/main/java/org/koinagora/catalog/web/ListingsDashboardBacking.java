package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingService;
import org.koinagora.shared.web.FormErrors;

/** /dashboard/listings: every listing of the user's enterprises, with their state. */
@Named
@RequestScoped
public class ListingsDashboardBacking {

  @Inject private ListingService listings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private List<Listing> mine;

  public List<Listing> getMine() {
    if (mine == null) {
      mine = listings.ofMember(currentUser.require());
    }
    return mine;
  }

  public void archive(long listingId) {
    listings.archive(currentUser.require(), listingId);
    mine = null;
    formErrors.info("listings.archived");
  }
}
