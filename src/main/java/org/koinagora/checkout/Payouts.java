package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Which enterprises' shares of card-paid orders still have to be sent to them, and what was sent. */
@ApplicationScoped
public class Payouts {

  /** One share to send: how much, to which connected account, for which order. */
  public record Share(long partId, long orderId, String account, BigDecimal amount) {}

  /** A stand fee paid by card, to send to the organising municipality. */
  public record StandFee(long bookingId, String account, BigDecimal amount) {}

  @PersistenceContext private EntityManager em;

  /** Paid card orders' parts not yet transferred (of one order, or of all when null). */
  public List<Share> due(Long orderId) {
    var query = em.createQuery("SELECT p FROM OrderPart p JOIN FETCH p.order o JOIN FETCH p.enterprise WHERE o.paymentMethod = :stripe"
            + " AND o.paidAt IS NOT NULL AND p.stripeTransferId IS NULL AND p.status <> :refunded AND p.status <> :cancelled"
            + (orderId == null ? "" : " AND o.id = :order"), OrderPart.class)
        .setParameter("stripe", PaymentMethod.STRIPE)
        .setParameter("refunded", PartStatus.REFUNDED)
        .setParameter("cancelled", PartStatus.CANCELLED);
    if (orderId != null) {
      query.setParameter("order", orderId);
    }
    return query.getResultStream()
        .filter(part -> part.getEnterprise().getStripeAccount() != null)
        .map(part -> new Share(part.getId(), part.getOrder().getId(), part.getEnterprise().getStripeAccount(), share(part)))
        .toList();
  }

  /** Stand fees paid by card and confirmed, not yet transferred to their organiser. */
  public List<StandFee> dueStandFees() {
    return em.createQuery("SELECT b FROM StandBooking b JOIN FETCH b.fair f JOIN FETCH f.organiser WHERE b.paidByCard = TRUE"
            + " AND b.stripeTransferId IS NULL AND b.status = org.koinagora.fairs.BookingStatus.CONFIRMED", org.koinagora.fairs.StandBooking.class)
        .getResultStream()
        .filter(booking -> booking.getFair().getOrganiser().getStripeAccount() != null)
        .map(booking -> new StandFee(booking.getId(), booking.getFair().getOrganiser().getStripeAccount(), booking.getFee()))
        .toList();
  }

  /** As {@link #transferred}, for a stand fee; false when the booking ended meanwhile. */
  @Transactional
  public boolean standFeeTransferred(long bookingId, String transferId) {
    em.createQuery("UPDATE StandBooking b SET b.stripeTransferId = :transfer WHERE b.id = :booking")
        .setParameter("transfer", transferId)
        .setParameter("booking", bookingId)
        .executeUpdate();
    return em.createQuery("SELECT b.status FROM StandBooking b WHERE b.id = :booking", org.koinagora.fairs.BookingStatus.class)
        .setParameter("booking", bookingId)
        .getSingleResult() == org.koinagora.fairs.BookingStatus.CONFIRMED;
  }

  /** The part's subtotal less its part of the platform fee. */
  public static BigDecimal share(OrderPart part) {
    CustomerOrder order = part.getOrder();
    if (order.getPlatformFee().signum() == 0 || order.getTotal().signum() == 0) {
      return part.getSubtotal();
    }
    BigDecimal fee = order.getPlatformFee().multiply(part.getSubtotal()).divide(order.getTotal(), 2, RoundingMode.HALF_UP);
    return part.getSubtotal().subtract(fee);
  }

  /**
   * Records a transfer without touching the part's version, so it never collides with the seller
   * or the buyer moving the part meanwhile; false when the part was refunded or cancelled while
   * the transfer was on its way (it must then be taken back).
   */
  @Transactional
  public boolean transferred(long partId, String transferId) {
    em.createQuery("UPDATE OrderPart p SET p.stripeTransferId = :transfer WHERE p.id = :part")
        .setParameter("transfer", transferId)
        .setParameter("part", partId)
        .executeUpdate();
    PartStatus status = em.createQuery("SELECT p.status FROM OrderPart p WHERE p.id = :part", PartStatus.class)
        .setParameter("part", partId)
        .getSingleResult();
    return status != PartStatus.REFUNDED && status != PartStatus.CANCELLED;
  }
}
