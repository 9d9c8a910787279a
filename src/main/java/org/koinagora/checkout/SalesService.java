package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.Money;
import org.koinagora.shared.NotFoundException;

/**
 * An enterprise's side of orders: only its own parts, moved on step by step, the buyer told each
 * time. A support centre's staff holding the enterprise's delegated access may do the same; each of
 * their steps is logged.
 */
@ApplicationScoped
public class SalesService {

  /** What a seller does with its part. */
  public enum Step {
    PAID,
    SHIPPED,
    READY,
    PICKED_UP,
    REFUNDED,
    /** The enterprise calls off a booked service: a full refund, the places back. */
    CANCELLED
  }

  @PersistenceContext private EntityManager em;
  @Inject private OrderMails mails;
  @Inject private Payments payments;
  @Inject private EnterpriseAccess access;
  @Inject private OrderService orders;
  @Inject private Event<PartsSettled> settled;

  /** The parts of orders for the enterprises the member belongs to, newest first. */
  public List<OrderPart> ofMember(SignedInUser member) {
    return em.createQuery(
            "SELECT p FROM OrderPart p JOIN FETCH p.order JOIN FETCH p.enterprise WHERE"
                + " p.enterprise.id IN (SELECT e.id FROM Enterprise e WHERE :user MEMBER OF"
                + " e.memberIds) ORDER BY p.order.createdAt DESC",
            OrderPart.class)
        .setParameter("user", member.id())
        .getResultList();
  }

  /** The parts of orders for one enterprise the user acts for (403 otherwise), newest first. */
  public List<OrderPart> ofEnterprise(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return em.createQuery(
            "SELECT p FROM OrderPart p JOIN FETCH p.order JOIN FETCH p.enterprise WHERE"
                + " p.enterprise.id = :enterprise ORDER BY p.order.createdAt DESC",
            OrderPart.class)
        .setParameter("enterprise", enterpriseId)
        .getResultList();
  }

  /**
   * The enterprise's order parts for a CSV export; a support centre's staff exporting its buyers'
   * contacts under a delegation is written to the enterprise's log.
   */
  @Transactional
  public List<OrderPart> exportOf(SignedInUser user, long enterpriseId) {
    var acting = access.on(user, enterpriseId);
    access.record(acting, "order_parts.exported", null);
    return ofEnterprise(user, enterpriseId);
  }

  @Transactional
  public OrderPart move(SignedInUser member, long partId, Step step) {
    OrderPart part = em.find(OrderPart.class, partId);
    if (part == null) {
      throw new NotFoundException();
    }
    var acting = access.on(member, part.getEnterprise());
    em.lock(part.getOrder(), LockModeType.PESSIMISTIC_WRITE);
    // read again under the order's lock: a move made meanwhile (the same mark from another tab) is
    // seen, not
    // overwritten; what this transaction changed already (the demo data make several moves in one)
    // is written first
    em.flush();
    em.refresh(part);
    Instant now = Instant.now();
    switch (step) {
      case PAID -> {
        if (part.getOrder().getPaymentMethod() != PaymentMethod.MANUAL) {
          throw new ConflictException(null, "order.paid_by_card");
        }
        part.paid(now);
      }
      case SHIPPED -> part.shipped(now);
      case READY -> part.ready(now);
      case PICKED_UP -> part.pickedUp(now);
      case REFUNDED -> {
        part.refunded(now);
        payments.of(part.getOrder().getPaymentMethod()).refund(part);
      }
      case CANCELLED -> {
        cancelBookings(part, now);
        access.record(acting, "order_part.cancelled", "#" + part.getOrder().getId());
        settled.fire(new PartsSettled(part.getOrder().getId()));
        return part;
      }
    }
    access.record(
        acting,
        "order_part." + step.name().toLowerCase(Locale.ROOT),
        "#" + part.getOrder().getId());
    settled.fire(new PartsSettled(part.getOrder().getId()));
    mails.partChanged(part);
    return part;
  }

  private void cancelBookings(OrderPart part, Instant now) {
    if (!part.hasBookings()) {
      throw new ConflictException(null, "order.cancel.only_bookings");
    }
    boolean paid = part.isPaid();
    part.withdraw(now);
    if (paid) {
      payments.of(part.getOrder().getPaymentMethod()).refund(part);
    }
    orders.giveBackStock(List.of(part));
    mails.bookingCancelled(part, paid ? part.getSubtotal() : Money.ZERO);
  }
}
