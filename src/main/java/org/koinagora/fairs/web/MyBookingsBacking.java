package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeePayments;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** The stand bookings of the user's enterprises, on /dashboard/enterprise. */
@Named
@RequestScoped
public class MyBookingsBacking {

  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private StandFeePayments feePayments;
  private List<StandBooking> mine;
  private boolean answered;

  public List<StandBooking> getMine() {
    if (mine == null) {
      mine = bookings.ofMember(currentUser.require());
    }
    return mine;
  }

  /**
   * The booking a cancel link asks about ({@code ?confirm=cancel-booking&booking=}), while the page
   * asks.
   */
  public StandBooking getCancelQuestion() {
    if (answered) {
      return null;
    }
    return Pages.confirming("cancel-booking", "booking")
        .flatMap(id -> getMine().stream().filter(booking -> booking.getId() == id).findFirst())
        .orElse(null);
  }

  /** Yes to the question: the booking is cancelled and the page shows the outcome. */
  public void answerYes() {
    StandBooking asked = getCancelQuestion();
    if (asked != null) {
      cancel(asked.getId());
      answered = true;
    }
  }

  public void cancel(long bookingId) {
    try {
      var booking = bookings.cancel(currentUser.require(), bookingId);
      mine = null;
      formErrors.info("my_bookings.cancelled", booking.getStand().getCode());
    } catch (BusinessException e) {
      formErrors.show("bookings", e);
    }
  }

  /** Whether the booker may still invite enterprises to share this booking's stand. */
  public boolean canShare(StandBooking booking) {
    return Consortia.canInvite(booking, Instant.now());
  }

  /** Whether this booking's fee can be paid by card now. */
  public boolean canPayByCard(StandBooking booking) {
    return booking.isFeeDue() && feePayments.isCardAvailable(booking);
  }

  public void payByCard(long bookingId) {
    try {
      var page = feePayments.payByCard(currentUser.require(), bookingId);
      FacesContext.getCurrentInstance().getExternalContext().redirect(page.toString());
    } catch (BusinessException e) {
      formErrors.show("bookings", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
