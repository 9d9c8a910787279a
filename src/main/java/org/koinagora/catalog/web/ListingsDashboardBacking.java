package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/listings: every listing of the user's enterprises, with their state; with {@code
 * ?enterprise=}, one enterprise's (also for a support centre's staff it delegated access to).
 */
@Named
@RequestScoped
public class ListingsDashboardBacking {

  @Inject private ListingService listings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private List<Listing> mine;

  /** 403 for an enterprise the user may not act for (an expired or revoked delegation too). */
  public void load() {
    try {
      getMine();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  /** The enterprise named in the address, or null for all of the user's own. */
  public Long getEnterprise() {
    return Pages.id("enterprise").orElse(null);
  }

  public List<Listing> getMine() {
    if (mine == null) {
      Long enterprise = getEnterprise();
      mine =
          enterprise == null
              ? listings.ofMember(currentUser.require())
              : listings.ofEnterprise(currentUser.require(), enterprise);
    }
    return mine;
  }

  public void archive(long listingId) {
    try {
      listings.archive(currentUser.require(), listingId);
      mine = null;
      formErrors.info("listings.archived");
    } catch (BusinessException e) {
      formErrors.show("list", e);
    }
  }
}
