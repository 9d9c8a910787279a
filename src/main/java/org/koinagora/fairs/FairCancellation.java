package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.web.Formats;

/**
 * An organiser calls a fair off: every active booking ends (a paid fee is refunded in full, the
 * rest cancelled), the waitlist empties, and every enterprise that had a booking is mailed why.
 */
@ApplicationScoped
public class FairCancellation {

  public static final int REASON_MAX = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private StandLimits limits;
  @Inject private FairService fairs;
  @Inject private BookingService bookings;
  @Inject private EnterpriseService enterprises;
  @Inject private Links links;
  @Inject private StandFeePayments feePayments;

  @Transactional
  public Fair cancel(SignedInUser staff, long fairId, String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw new InvalidInputException("reason", "fair.cancel.reason", REASON_MAX);
    }
    fairs.ledBy(staff, fairId);
    Fair fair = em.find(Fair.class, fairId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    fair.cancel(reason.strip());
    bookings.releaseExpiredHolds(fairId, now);
    Map<Enterprise, List<StandBooking>> ended = new LinkedHashMap<>();
    for (StandBooking booking : activeBookings(fairId)) {
      booking.cancel(now);
      limits.giveBack(booking);
      feePayments.refundIfPaidByCard(booking);
      ended.computeIfAbsent(booking.getEnterprise(), e -> new ArrayList<>()).add(booking);
    }
    em.createQuery("SELECT w FROM WaitlistEntry w WHERE w.fair.id = :fair", WaitlistEntry.class)
        .setParameter("fair", fairId)
        .getResultStream()
        .forEach(entry -> entry.withdraw(now));
    ended.forEach((enterprise, theirs) -> tell(enterprise, fair, theirs));
    return fair;
  }

  private List<StandBooking> activeBookings(long fairId) {
    return em.createQuery(
            "SELECT b FROM StandBooking b JOIN FETCH b.stand JOIN FETCH b.enterprise WHERE"
                + " b.fair.id = :fair AND b.status IN :counted",
            StandBooking.class)
        .setParameter("fair", fairId)
        .setParameter("counted", BookingStatus.COUNTED)
        .getResultList();
  }

  private void tell(Enterprise enterprise, Fair fair, List<StandBooking> theirs) {
    String stands =
        String.join(", ", theirs.stream().map(booking -> booking.getStand().getCode()).toList());
    Money refunded =
        theirs.stream()
            .filter(booking -> booking.getStatus() == BookingStatus.REFUNDED)
            .map(StandBooking::getFee)
            .reduce(Money.ZERO, Money::plus);
    enterprises.mailMembers(
        enterprise,
        (member, locale) ->
            new Mail(
                member.getEmail(),
                Texts.get(locale, "mail.fair_cancelled.subject", fair.title(locale)),
                Texts.get(
                    locale,
                    "mail.fair_cancelled.body",
                    member.getName(),
                    fair.title(locale),
                    fair.getOrganiser().getName(),
                    Formats.dayIn(fair.getStartsAt(), locale),
                    fair.getCancelReason(),
                    stands,
                    refunded.isPositive()
                        ? Texts.get(
                            locale,
                            "mail.fair_cancelled.refund",
                            Formats.moneyIn(refunded.decimal(), locale))
                        : "",
                    links.to("/dashboard/enterprise"))));
  }
}
