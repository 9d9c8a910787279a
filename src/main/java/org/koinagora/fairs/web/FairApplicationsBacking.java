package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandBooking;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/municipality, a fair's bookings: applications approved or rejected, fees lowered
 * (social pricing) and recorded as received after the page asks once.
 */
@Named
@RequestScoped
public class FairApplicationsBacking {

  @Inject private OrganiserDesk desk;
  @Inject private BookingService bookings;
  @Inject private Consortia consortia;
  @Inject private FormErrors formErrors;

  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, String> fees = new HashMap<>();
  private final Map<Long, String> feeReasons = new HashMap<>();
  private final Map<Long, String> coFees = new HashMap<>();
  private final Map<Long, String> coFeeReasons = new HashMap<>();
  private boolean feeAnswered;

  public void approve(long bookingId) {
    desk.act(() -> bookings.approve(desk.staff(), bookingId), "organiser.approved");
  }

  public void reject(long bookingId) {
    desk.act(
        () -> bookings.reject(desk.staff(), bookingId, reasons.get(bookingId)),
        "organiser.rejected");
  }

  public void markPaid(long bookingId) {
    desk.act(() -> bookings.markPaid(desk.staff(), bookingId), "organiser.paid");
  }

  /**
   * The booking of this fair whose fee a "mark as paid" link asks about ({@code
   * ?confirm=fee-paid&booking=}), if any.
   */
  public StandBooking feeQuestion(long fairId) {
    if (feeAnswered) {
      return null;
    }
    return Pages.confirming("fee-paid", "booking")
        .flatMap(
            id ->
                desk.bookingsOf(fairId).stream()
                    .filter(b -> b.getId() == id && b.getStatus() == BookingStatus.AWAITING_PAYMENT)
                    .findFirst())
        .orElse(null);
  }

  /** Yes to the question: the fee is recorded as received and the page shows the outcome. */
  public void answerFeePaid(long fairId) {
    StandBooking asked = feeQuestion(fairId);
    if (asked != null) {
      feeAnswered = true;
      markPaid(asked.getId());
    }
  }

  /** Social pricing: a lower fee, or none, with the reason kept beside the booking. */
  public void adjustFee(long bookingId) {
    String typed = fees.get(bookingId);
    BigDecimal fee = Typed.decimal(typed);
    if (fee == null && Typed.text(typed) != null) {
      formErrors.messageFor(desk.bookingField(bookingId, "fee"), "stand.price.invalid");
      return;
    }
    desk.act(
        () -> bookings.adjustFee(desk.staff(), bookingId, fee, feeReasons.get(bookingId)),
        "organiser.fee_changed",
        field -> desk.bookingField(bookingId, "fee".equals(field) ? "fee" : "feeReason"));
  }

  /** A co-exhibitor's part of the fee recorded as received. */
  public void markCoExhibitorPaid(long coExhibitorId) {
    desk.act(() -> consortia.markPaid(desk.staff(), coExhibitorId), "organiser.co_paid_done");
  }

  /** Social pricing for a co-exhibitor's part alone. */
  public void adjustCoExhibitorFee(long coExhibitorId) {
    String typed = coFees.get(coExhibitorId);
    BigDecimal fee = Typed.decimal(typed);
    if (fee == null && Typed.text(typed) != null) {
      formErrors.messageFor(desk.coExhibitorField(coExhibitorId, "coFee"), "stand.price.invalid");
      return;
    }
    desk.act(
        () ->
            consortia.adjustFee(desk.staff(), coExhibitorId, fee, coFeeReasons.get(coExhibitorId)),
        "organiser.fee_changed",
        field ->
            desk.coExhibitorField(coExhibitorId, "fee".equals(field) ? "coFee" : "coFeeReason"));
  }

  public Map<Long, String> getCoFees() {
    return coFees;
  }

  public Map<Long, String> getCoFeeReasons() {
    return coFeeReasons;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, String> getFees() {
    return fees;
  }

  public Map<Long, String> getFeeReasons() {
    return feeReasons;
  }
}
