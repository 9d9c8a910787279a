package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.i18n.Texts;

/**
 * Allocation of an APPLICATION fair by a published lottery, run once by the organiser after the
 * booking window closes. Applications are drawn in {@link LotteryDraw} order; each takes its stand
 * if it is still free, else it loses, and the enterprises that lost join the waitlist in the order
 * drawn, so that stands nobody applied for are offered to them next.
 */
@ApplicationScoped
public class Lottery {

  @PersistenceContext private EntityManager em;
  @Inject private FairService fairs;
  @Inject private BookingService bookings;
  @Inject private FairDirectory directory;
  @Inject private Waitlist waitlist;
  @Inject private StandLimits limits;

  @Transactional
  public FairLottery draw(SignedInUser staff, long fairId) {
    fairs.organisedBy(staff, fairId);
    Fair fair = em.find(Fair.class, fairId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    fair.checkLotteryCanBeDrawn(now, em.find(FairLottery.class, fairId) != null);
    Map<Long, StandBooking> applications =
        em.createQuery(
                "SELECT b FROM StandBooking b JOIN FETCH b.stand WHERE b.fair.id = :fair AND"
                    + " b.status = :pending",
                StandBooking.class)
            .setParameter("fair", fairId)
            .setParameter("pending", BookingStatus.PENDING_APPROVAL)
            .getResultStream()
            .collect(Collectors.toMap(StandBooking::getId, Function.identity()));
    if (applications.isEmpty()) {
      throw new ConflictException(null, "lottery.no_applications");
    }
    var lottery = new FairLottery(fairId, LotteryDraw.newSeed(), staff.id(), now);
    Set<Long> taken = new HashSet<>(directory.takenStands(fairId));
    // each enterprise that won nothing waits in line, under the category it applied with
    Map<Enterprise, Category> lost = new LinkedHashMap<>();
    for (LotteryDraw.Ticket ticket : LotteryDraw.order(lottery.getSeed(), applications.keySet())) {
      StandBooking application = applications.get(ticket.applicationId());
      boolean won = taken.add(application.getStand().getId());
      if (won) {
        bookings.approveOnFreeStand(application, now);
      } else {
        application.reject(lostReason(application.getStand().getCode()), now);
        limits.giveBack(application);
        lost.putIfAbsent(application.getEnterprise(), application.getCategory());
      }
      lottery.add(application, ticket.hash(), won);
    }
    em.persist(lottery);
    em.flush();
    lost.forEach(
        (enterprise, category) -> {
          if (!waitlist.isInLine(fairId, enterprise.getId())) {
            waitlist.join(fair, enterprise, category, now);
          }
        });
    waitlist.serveLine(fair, now);
    return lottery;
  }

  /** The published result, if the fair's lottery was drawn. */
  public Optional<FairLottery> of(long fairId) {
    return Optional.ofNullable(em.find(FairLottery.class, fairId));
  }

  /** Stored in both languages: the enterprise reads it on its dashboard, in whichever it uses. */
  private static String lostReason(String standCode) {
    return Texts.get(Locale.forLanguageTag("el"), "lottery.lost", standCode)
        + " / "
        + Texts.get(Locale.ENGLISH, "lottery.lost", standCode);
  }
}
