package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandCoExhibitor;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/share-stand?booking=: the booker of a stand invites up to two other enterprises to
 * share it (a consortium stand), proposing each one's part of the fee, and sees their answers.
 */
@Named
@ViewScoped
public class ShareStandBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Consortia consortia;
  @Inject private transient EnterpriseDirectory enterprises;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private Long bookingId;
  private Long enterpriseId;
  private String share;

  public void load() {
    try {
      if (bookingId == null) {
        throw new NotFoundException();
      }
      getBooking();
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public StandBooking getBooking() {
    return consortia.shareable(currentUser.require(), bookingId);
  }

  public List<StandCoExhibitor> getInvited() {
    return consortia.of(getBooking());
  }

  public boolean isOpen() {
    return Consortia.canInvite(getBooking(), Instant.now());
  }

  /** The verified enterprises the fair admits, but the booker and those already invited. */
  public List<Enterprise> getCandidates() {
    StandBooking booking = getBooking();
    Set<Long> taken =
        getInvited().stream()
            .filter(StandCoExhibitor::isActive)
            .map(co -> co.getEnterprise().getId())
            .collect(Collectors.toSet());
    taken.add(booking.getEnterprise().getId());
    return enterprises.publicList(null).stream()
        .filter(e -> !taken.contains(e.getId()) && booking.getFair().admits(e))
        .sorted(Comparator.comparing(Enterprise::getName))
        .toList();
  }

  public void invite() {
    var typedShare = Typed.decimal(share);
    if (typedShare == null && Typed.text(share) != null) {
      formErrors.fieldError(
          "form",
          "share",
          "consortium.share.invalid",
          getBooking().getStand().getPrice().getAmount());
      return;
    }
    try {
      var invited = consortia.invite(currentUser.require(), bookingId, enterpriseId, typedShare);
      formErrors.info("consortium.invited", invited.getEnterprise().getName());
      enterpriseId = null;
      share = null;
    } catch (BusinessException e) {
      formErrors.show("form", e, Map.of("enterpriseId", "enterprise"));
    }
  }

  public Long getBookingId() {
    return bookingId;
  }

  public void setBookingId(Long bookingId) {
    this.bookingId = bookingId;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public String getShare() {
    return share;
  }

  public void setShare(String share) {
    this.share = share;
  }
}
