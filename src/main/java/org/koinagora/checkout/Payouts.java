package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.koinagora.checkout.PayoutAccounts.Party;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.StandBooking;

/**
 * Money received by card that still has to reach its connected account: each enterprise's share of
 * a paid order, and each stand fee for its organising municipality; and what was sent.
 */
@ApplicationScoped
public class Payouts {

  /** What a sum is for: its name at Stripe is {@code part-<id>} or {@code booking-<id>}. */
  public enum Kind {
    PART,
    BOOKING
  }

  /**
   * One sum to send: how much, to which connected account; {@code groupId} is the order (or
   * booking) it belongs to.
   */
  public record Due(Kind kind, long id, long groupId, String account, BigDecimal amount) {

    /** {@code part-12}: names the transfer (and its idempotency key). */
    public String name() {
      return (kind == Kind.PART ? "part-" : "booking-") + id;
    }

    /** The payment's {@code transfer_group}. */
    public String transferGroup() {
      return kind == Kind.PART ? orderGroup(groupId) : bookingGroup(groupId);
    }
  }

  /** The {@code transfer_group} of an order's payment and of its sellers' transfers. */
  public static String orderGroup(long orderId) {
    return "order-" + orderId;
  }

  /** The {@code transfer_group} of a stand fee's payment and of its transfer to the organiser. */
  public static String bookingGroup(long bookingId) {
    return "booking-" + bookingId;
  }

  @PersistenceContext private EntityManager em;
  @Inject private PayoutAccounts payoutAccounts;

  /** Everything paid by card and confirmed that was not transferred yet. */
  public List<Due> due() {
    Stream<Due> parts =
        em.createQuery(
                "SELECT p FROM OrderPart p JOIN FETCH p.order o JOIN FETCH p.enterprise WHERE"
                    + " o.paymentMethod = :stripe AND o.paidAt IS NOT NULL AND p.stripeTransferId"
                    + " IS NULL AND p.status <> :refunded AND p.status <> :cancelled",
                OrderPart.class)
            .setParameter("stripe", PaymentMethod.STRIPE)
            .setParameter("refunded", PartStatus.REFUNDED)
            .setParameter("cancelled", PartStatus.CANCELLED)
            .getResultStream()
            .flatMap(
                part ->
                    payoutAccounts
                        .account(Party.ENTERPRISE, part.getEnterprise().getId())
                        .map(
                            account ->
                                new Due(
                                    Kind.PART,
                                    part.getId(),
                                    part.getOrder().getId(),
                                    account,
                                    share(part)))
                        .stream());
    Stream<Due> fees =
        em.createQuery(
                "SELECT b FROM StandBooking b JOIN FETCH b.fair f JOIN FETCH f.organiser WHERE"
                    + " b.paidByCard = TRUE AND b.stripeTransferId IS NULL AND b.status ="
                    + " :confirmed",
                StandBooking.class)
            .setParameter("confirmed", BookingStatus.CONFIRMED)
            .getResultStream()
            .flatMap(
                booking ->
                    payoutAccounts
                        .account(Party.MUNICIPALITY, booking.getFair().getOrganiser().getId())
                        .map(
                            account ->
                                new Due(
                                    Kind.BOOKING,
                                    booking.getId(),
                                    booking.getId(),
                                    account,
                                    booking.getFee().decimal()))
                        .stream());
    return Stream.concat(parts, fees).toList();
  }

  /** The part's subtotal less its part of the platform fee. */
  public static BigDecimal share(OrderPart part) {
    CustomerOrder order = part.getOrder();
    BigDecimal subtotal = part.getSubtotal().decimal();
    if (order.getPlatformFee().isZero() || order.getTotal().isZero()) {
      return subtotal;
    }
    BigDecimal fee =
        order
            .getPlatformFee()
            .decimal()
            .multiply(subtotal)
            .divide(order.getTotal().decimal(), 2, RoundingMode.HALF_UP);
    return subtotal.subtract(fee);
  }

  /**
   * Records a transfer without touching the part's (or booking's) version, so it never collides
   * with the people moving it meanwhile; false when it was refunded or cancelled while the transfer
   * was on its way (it must then be taken back).
   */
  @Transactional
  public boolean transferred(Due due, String transferId) {
    String entity = due.kind() == Kind.PART ? "OrderPart" : "StandBooking";
    em.createQuery("UPDATE " + entity + " x SET x.stripeTransferId = :transfer WHERE x.id = :id")
        .setParameter("transfer", transferId)
        .setParameter("id", due.id())
        .executeUpdate();
    Object status =
        em.createQuery("SELECT x.status FROM " + entity + " x WHERE x.id = :id")
            .setParameter("id", due.id())
            .getSingleResult();
    return due.kind() == Kind.PART
        ? status != PartStatus.REFUNDED && status != PartStatus.CANCELLED
        : status == BookingStatus.CONFIRMED;
  }
}
