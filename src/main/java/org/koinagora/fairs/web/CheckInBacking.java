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
import org.koinagora.fairs.StandBooking;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/check-in?fair= (the fair in {@link OrganisedFair}): the organiser at the gate, on a
 * phone, checks confirmed exhibitors in.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisedFair organised;
  @Inject private transient BookingService bookings;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private transient List<StandBooking> exhibitors;

  public List<StandBooking> getExhibitors() {
    if (exhibitors == null) {
      exhibitors =
          bookings.ofFair(currentUser.require(Role.MUNICIPALITY), organised.getFairId()).stream()
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
}
