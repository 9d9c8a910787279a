package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairCancellation;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.Lottery;
import org.koinagora.fairs.StandBooking;
import org.koinagora.shared.Money;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/municipality, a published fair's end: the lottery drawn, bookings closed, or the fair
 * cancelled after the page says once what that ends.
 */
@Named
@RequestScoped
public class FairClosingBacking {

  @Inject private OrganiserDesk desk;
  @Inject private FairService fairs;
  @Inject private FairCancellation cancellations;
  @Inject private Lottery lottery;
  @Inject private FormErrors formErrors;

  private final Map<Long, String> cancelReasons = new HashMap<>();
  private final Set<Long> cancelAsked = new HashSet<>();
  private boolean cancelAnswered;

  /**
   * What a cancellation ends: the active bookings, the enterprises told, and the paid fees by how
   * they go back.
   */
  public record CancelOutcome(
      int bookings, long enterprises, Money backToCards, Money paidOtherwise) {}

  /** Whether the fair's published lottery can be drawn now. */
  public boolean canDraw(Fair fair) {
    return fair.canDrawLottery(Instant.now(), lottery.of(fair.getId()).isPresent());
  }

  public void drawLottery(long fairId) {
    desk.act(() -> lottery.draw(desk.staff(), fairId), "organiser.lottery_drawn");
  }

  public void close(long fairId) {
    desk.act(() -> fairs.close(desk.staff(), fairId), "organiser.closed");
  }

  /**
   * The first press of "cancel the fair": with a reason given, the page asks once, saying what will
   * happen.
   */
  public void askCancel(long fairId) {
    String reason = cancelReasons.get(fairId);
    if (reason == null
        || reason.isBlank()
        || reason.strip().length() > FairCancellation.REASON_MAX) {
      formErrors.messageFor(
          desk.fairField(fairId, "cancelReason"),
          "fair.cancel.reason",
          FairCancellation.REASON_MAX);
    } else {
      cancelAsked.add(fairId);
    }
  }

  /**
   * Whether the page is asking to confirm this fair's cancellation (asked now, or its answer is
   * being posted).
   */
  public boolean askingCancel(long fairId) {
    return !cancelAnswered
        && (cancelAsked.contains(fairId)
            || Pages.confirming("cancel-fair", "fair").filter(id -> id == fairId).isPresent());
  }

  public CancelOutcome cancelOutcome(long fairId) {
    List<StandBooking> active =
        desk.bookingsOf(fairId).stream()
            .filter(b -> BookingStatus.COUNTED.contains(b.getStatus()))
            .toList();
    List<StandBooking> paid =
        active.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED).toList();
    return new CancelOutcome(
        active.size(),
        active.stream().map(b -> b.getEnterprise().getId()).distinct().count(),
        paid.stream()
            .filter(StandBooking::isPaidByCard)
            .map(StandBooking::getFee)
            .reduce(Money.ZERO, Money::plus),
        paid.stream()
            .filter(b -> !b.isPaidByCard())
            .map(StandBooking::getFee)
            .reduce(Money.ZERO, Money::plus));
  }

  public void cancel(long fairId) {
    cancelAnswered = true;
    desk.act(
        () -> cancellations.cancel(desk.staff(), fairId, cancelReasons.get(fairId)),
        "organiser.cancelled",
        field -> desk.fairField(fairId, "cancelReason"));
  }

  public Map<Long, String> getCancelReasons() {
    return cancelReasons;
  }
}
