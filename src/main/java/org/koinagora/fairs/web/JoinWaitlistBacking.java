package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.StandRequest;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /dashboard/join-waitlist?fair=: an enterprise member joins the line for a full fair. */
@Named
@ViewScoped
public class JoinWaitlistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FairDirectory directory;
  @Inject private transient BookingService bookings;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;
  @Inject private transient ExhibitCategories exhibited;

  private Long fairId;
  private Long categoryId;
  private Long position;

  public void load() {
    if (fairId == null || directory.publicFair(fairId).isEmpty()) {
      Pages.sendError(404);
    }
  }

  public Fair getFair() {
    return directory.publicFair(fairId).orElse(null);
  }

  public void join() {
    try {
      var entry =
          bookings.joinWaitlist(
              currentUser.require(),
              fairId,
              StandRequest.forWaitlist(null, exhibited.defaultFor(categoryId)));
      position = bookings.placeInLine(entry);
      formErrors.info("waitlist.joined", position);
    } catch (BusinessException e) {
      formErrors.show("form", e, Map.of("categoryId", "category"));
    }
  }

  public Long getCategoryId() {
    return exhibited.defaultFor(categoryId);
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getPosition() {
    return position;
  }

  public Long getFairId() {
    return fairId;
  }

  public void setFairId(Long fairId) {
    this.fairId = fairId;
  }
}
