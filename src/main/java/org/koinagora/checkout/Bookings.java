package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.services.SlotTime;

/** Booked slots as lines of orders: an enterprise's day agenda, and a buyer's coming bookings. */
@ApplicationScoped
public class Bookings {

  private static final String OPEN =
      " AND l.part.status NOT IN (org.koinagora.checkout.PartStatus.CANCELLED,"
          + " org.koinagora.checkout.PartStatus.REFUNDED)";

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;
  @Inject private EnterpriseService enterprises;

  /**
   * The bookings of one day (in Athens) for an enterprise the user acts for, or for all the
   * enterprises the user is a member of ({@code enterpriseId} null); by start.
   */
  public List<OrderLine> agenda(SignedInUser user, Long enterpriseId, LocalDate day) {
    List<Long> ids =
        enterpriseId == null
            ? enterprises.ofMember(user.id()).stream().map(Enterprise::getId).toList()
            : List.of(access.on(user, enterpriseId).enterprise().getId());
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT l FROM OrderLine l JOIN FETCH l.slot JOIN FETCH l.part JOIN FETCH"
                + " l.part.order WHERE l.part.enterprise.id IN :enterprises AND l.slot.startsAt"
                + " >= :from AND l.slot.startsAt < :to"
                + OPEN
                + " ORDER BY l.slot.startsAt, l.id",
            OrderLine.class)
        .setParameter("enterprises", ids)
        .setParameter("from", day.atStartOfDay(SlotTime.ATHENS).toInstant())
        .setParameter("to", day.plusDays(1).atStartOfDay(SlotTime.ATHENS).toInstant())
        .getResultList();
  }

  /** The buyer's bookings that have not ended, soonest first. */
  public List<OrderLine> comingOf(SignedInUser buyer) {
    return em.createQuery(
            "SELECT l FROM OrderLine l JOIN FETCH l.slot JOIN FETCH l.part JOIN FETCH"
                + " l.part.order WHERE l.part.order.buyerId = :buyer AND l.slot.endsAt > :now"
                + OPEN
                + " ORDER BY l.slot.startsAt, l.id",
            OrderLine.class)
        .setParameter("buyer", buyer.id())
        .setParameter("now", Instant.now())
        .getResultList();
  }
}
