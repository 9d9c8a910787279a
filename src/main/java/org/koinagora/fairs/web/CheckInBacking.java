package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.StandBooking;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/check-in?fair=: the organiser at the gate, on a phone, checks confirmed exhibitors in.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FairService fairs;
  @Inject private transient BookingService bookings;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private Long fairId;
  private transient List<StandBooking> exhibitors;

  public void load() {
    if (fairId == null) {
      Pages.sendError(404);
      return;
    }
    try {
      fairs.organisedBy(currentUser.require(Role.MUNICIPALITY), fairId);
    } catch (BusinessException refused) {
      fairId = null;
      Pages.sendError(refused.status());
    }
  }

  public Fair getFair() {
    return fairs.organisedBy(currentUser.require(Role.MUNICIPALITY), fairId);
  }

  public List<StandBooking> getExhibitors() {
    if (exhibitors == null) {
      exhibitors =
          bookings.ofFair(currentUser.require(Role.MUNICIPALITY), fairId).stream()
              .filter(booking -> booking.getStatus() == BookingStatus.CONFIRMED)
              .sorted(Comparator.comparing(booking -> booking.getStand().getCode()))
              .toList();
    }
    return exhibitors;
  }

  public long getArrived() {
    return getExhibitors().stream().filter(booking -> booking.getCheckedInAt() != null).count();
  }

  public void checkIn(long bookingId) {
    try {
      StandBooking booking = bookings.checkIn(currentUser.require(Role.MUNICIPALITY), bookingId);
      exhibitors = null;
      formErrors.info(
          "check_in.done", booking.getStand().getCode(), booking.getEnterprise().getName());
    } catch (BusinessException e) {
      formErrors.show("check-in", e);
    }
  }

  public Long getFairId() {
    return fairId;
  }

  public void setFairId(Long fairId) {
    this.fairId = fairId;
  }
}
