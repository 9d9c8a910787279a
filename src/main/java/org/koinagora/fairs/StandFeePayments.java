package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Logger;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.NotFoundException;

/**
 * Stand fees paid by card: the enterprise opens the payment page; the booking is CONFIRMED only
 * when the payment webhook says so (the same flow as MANUAL's "paid", from another hand).
 */
@ApplicationScoped
public class StandFeePayments {

  private static final Logger LOG = Logger.getLogger(StandFeePayments.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private StandFeeCards cards;
  @Inject private StandFeePayments self;

  /**
   * Opens Stripe's page for the fee of a booking awaiting payment (the stand stays held while it is
   * open).
   */
  public URI payByCard(SignedInUser member, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    if (!booking.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    if (!booking.isFeeDue()) {
      throw new ConflictException(null, "booking.not_payable");
    }
    if (!cards.isAvailable(booking)) {
      throw new ConflictException(null, "booking.card_unavailable");
    }
    StandFeeCards.Page page = cards.start(booking);
    self.checkoutStarted(bookingId, page);
    return page.address();
  }

  @Transactional
  void checkoutStarted(long bookingId, StandFeeCards.Page page) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    booking.cardCheckoutStarted(page.openUntil());
    cards.started(booking, page);
  }

  /**
   * From the verified webhook, in its transaction: the fee was paid. A booking that ended meanwhile
   * is refunded.
   */
  @Transactional
  public void paid(long bookingId, String paymentIntent) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      LOG.warning("a paid stand fee matches no booking " + bookingId);
      return;
    }
    em.find(Fair.class, booking.getFair().getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(booking);
    if (booking.isPaidByCard()) {
      return;
    }
    cards.paid(booking, paymentIntent);
    if (!booking.paidByCard(Instant.now())) {
      cards.refund(booking);
    }
  }

  /** When a booking paid by card ends with a refund (its own cancellation, or the fair's). */
  void refundIfPaidByCard(StandBooking booking) {
    if (booking.isPaidByCard() && booking.getStatus() == BookingStatus.REFUNDED) {
      cards.refund(booking);
    }
  }

  public boolean isCardAvailable(StandBooking booking) {
    return cards.isAvailable(booking);
  }
}
