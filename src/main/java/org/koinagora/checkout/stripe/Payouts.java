package org.koinagora.checkout.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PartStatus;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.checkout.PayoutAccounts.Party;
import org.koinagora.checkout.stripe.StripeTransfer.Subject;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.StandBooking;
import org.koinagora.shared.Money;

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
  public record Due(Kind kind, long id, long groupId, String account, Money amount) {

    /** {@code part-12}: names the transfer (and its idempotency key). */
    public String name() {
      return (kind == Kind.PART ? "part-" : "booking-") + id;
    }

    /** The payment's {@code transfer_group}. */
    public String transferGroup() {
      return kind == Kind.PART ? orderGroup(groupId) : bookingGroup(groupId);
    }

    Subject subject() {
      return kind == Kind.PART ? Subject.ORDER_PART : Subject.STAND_BOOKING;
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
                    + " o.paymentMethod = :stripe AND o.paidAt IS NOT NULL AND p.status <>"
                    + " :refunded AND p.status <> :cancelled AND NOT EXISTS (SELECT t FROM"
                    + " StripeTransfer t WHERE t.subject = :part AND t.subjectId = p.id)",
                OrderPart.class)
            .setParameter("stripe", PaymentMethod.STRIPE)
            .setParameter("part", Subject.ORDER_PART)
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
                    + " b.paidByCard = TRUE AND b.status = :confirmed AND NOT EXISTS (SELECT t FROM"
                    + " StripeTransfer t WHERE t.subject = :booking AND t.subjectId = b.id)",
                StandBooking.class)
            .setParameter("confirmed", BookingStatus.CONFIRMED)
            .setParameter("booking", Subject.STAND_BOOKING)
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
                                    booking.getFee()))
                        .stream());
    return Stream.concat(parts, fees).toList();
  }

  /** The part's subtotal less its part of the platform fee. */
  public static Money share(OrderPart part) {
    CustomerOrder order = part.getOrder();
    Money subtotal = part.getSubtotal();
    if (order.getPlatformFee().isZero() || order.getTotal().isZero()) {
      return subtotal;
    }
    BigDecimal fee =
        order
            .getPlatformFee()
            .decimal()
            .multiply(subtotal.decimal())
            .divide(order.getTotal().decimal(), 2, RoundingMode.HALF_UP);
    return subtotal.minus(Money.euros(fee));
  }

  /**
   * Records a transfer without touching the part's (or booking's) version, so it never collides
   * with the people moving it meanwhile (one row per subject: a second record of the same transfer,
   * from a retry, changes nothing); false when it was refunded or cancelled while the transfer was
   * on its way (it must then be taken back).
   */
  @Transactional
  public boolean transferred(Due due, String transferId) {
    // the row lock a guarded update would take, so the status read is the latest
    String status =
        (String)
            em.createNativeQuery(
                    "SELECT status FROM "
                        + (due.kind() == Kind.PART ? "order_part" : "stand_booking")
                        + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, due.id())
                .getSingleResult();
    em.createNativeQuery(
            "INSERT INTO stripe_transfer (subject_kind, subject_id, transfer_id, created_at)"
                + " VALUES (?1, ?2, ?3, CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, due.subject().name())
        .setParameter(2, due.id())
        .setParameter(3, transferId)
        .executeUpdate();
    return due.kind() == Kind.PART
        ? !status.equals(PartStatus.REFUNDED.name()) && !status.equals(PartStatus.CANCELLED.name())
        : status.equals(BookingStatus.CONFIRMED.name());
  }

  /** The transfer that paid out an order part's share, if any. */
  Optional<String> transferOf(OrderPart part) {
    return transfer(Subject.ORDER_PART, part.getId());
  }

  /** The transfer that paid out a stand fee, if any. */
  Optional<String> transferOf(StandBooking booking) {
    return transfer(Subject.STAND_BOOKING, booking.getId());
  }

  private Optional<String> transfer(Subject subject, long id) {
    return em.createNamedQuery("StripeTransfer.findBySubject", String.class)
        .setParameter("subject", subject)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
