package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;

/**
 * The line of enterprises waiting for a stand of a full fair. When stands are free and someone
 * waits, the first in line is offered one: the stand is held for it as a booking for {@code
 * koinagora.fairs.waitlist-offer-hours} (default 48) and its members are mailed; an offer that runs
 * out lapses and the stand goes to the next. Runs inside the caller's transaction, with the fair's
 * row locked.
 */
@ApplicationScoped
public class Waitlist {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private Links links;
  @Inject private FairDirectory directory;
  @Inject private StandLimits limits;

  @Inject
  @ConfigProperty(name = "koinagora.fairs.waitlist-offer-hours", defaultValue = "48")
  int offerHours;

  /** Whether anyone waits or holds an offer at the fair. */
  boolean hasLine(long fairId) {
    return !em.createQuery(
            "SELECT w.id FROM WaitlistEntry w WHERE w.fair.id = :fair AND w.status IN :active",
            Long.class)
        .setParameter("fair", fairId)
        .setParameter("active", Set.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  boolean isInLine(long fairId, long enterpriseId) {
    return !em.createQuery(
            "SELECT w.id FROM WaitlistEntry w WHERE w.fair.id = :fair AND w.enterprise.id ="
                + " :enterprise AND w.status IN :active",
            Long.class)
        .setParameter("fair", fairId)
        .setParameter("enterprise", enterpriseId)
        .setParameter("active", Set.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Settles offers that ended, then offers every free stand to the next in line; returns how many
   * are still waiting. With nobody in line (the usual case) this is one query.
   */
  int serveLine(Fair fair, Instant now) {
    List<WaitlistEntry> active =
        em.createQuery(
                "SELECT w FROM WaitlistEntry w WHERE w.fair.id = :fair AND w.status IN :active"
                    + " ORDER BY w.createdAt, w.id",
                WaitlistEntry.class)
            .setParameter("fair", fair.getId())
            .setParameter(
                "active", Set.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
            .getResultList();
    if (active.isEmpty()) {
      return 0;
    }
    active.stream()
        .filter(entry -> entry.getStatus() == WaitlistEntry.Status.OFFERED)
        .forEach(entry -> entry.settle(now));
    Set<Long> taken = directory.takenStands(fair.getId());
    List<Stand> free =
        new ArrayList<>(
            fair.getStands().stream().filter(stand -> !taken.contains(stand.getId())).toList());
    int waiting = 0;
    for (WaitlistEntry next : active) {
      if (next.getStatus() != WaitlistEntry.Status.WAITING) {
        continue;
      }
      if (free.isEmpty()) {
        waiting++;
        continue;
      }
      if (limits.tryTake(fair, next.getEnterprise(), next.getCategory()) != null) {
        // at its limit or its category's quota for now: it keeps its place, the next one is served
        continue;
      }
      StandBooking hold =
          StandBooking.offer(
              fair,
              free.remove(0),
              next.getEnterprise(),
              next.getCategory(),
              now,
              Duration.ofHours(offerHours));
      em.persist(hold);
      next.offered(hold, now);
      mail(next, hold);
    }
    em.flush();
    return waiting;
  }

  WaitlistEntry join(Fair fair, Enterprise enterprise, Category category, Instant now) {
    var entry = new WaitlistEntry(fair, enterprise, category, now);
    em.persist(entry);
    em.flush();
    return entry;
  }

  private void mail(WaitlistEntry entry, StandBooking hold) {
    enterprises.mailMembers(
        entry.getEnterprise(),
        (member, locale) ->
            new Mail(
                member.getEmail(),
                Texts.get(
                    locale,
                    "mail.waitlist_offer.subject",
                    hold.getStand().getCode(),
                    hold.getFair().title(locale)),
                Texts.get(
                    locale,
                    "mail.waitlist_offer.body",
                    member.getName(),
                    hold.getFair().title(locale),
                    hold.getStand().getCode(),
                    offerHours,
                    links.to("/dashboard/enterprise"))));
  }
}
