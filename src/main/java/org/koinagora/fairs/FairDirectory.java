package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;

/** What anyone may see of fairs: published ones, their stands and exhibitors. */
@ApplicationScoped
public class FairDirectory {

  @PersistenceContext private EntityManager em;

  /**
   * Published fairs that have not ended by {@code from} (and start by {@code to}), soonest first.
   */
  public List<Fair> upcoming(Instant from, Instant to, Region region) {
    return em.createNamedQuery("Fair.findPublishedFrom", Fair.class)
        .setParameter("from", from)
        .getResultStream()
        .filter(fair -> to == null || !fair.getStartsAt().isAfter(to))
        .filter(fair -> region == null || fair.getOrganiser().getRegion() == region)
        .toList();
  }

  /**
   * The published fairs, not ended yet, that an organisation's page lists, soonest first: those it
   * leads or co-organises and, for a municipality or regional authority, every REGIONAL fair of its
   * region.
   */
  public List<Fair> upcomingOf(long organisationId) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      return List.of();
    }
    boolean regional = organisation.getKind().isPublicBody();
    var query =
        em.createQuery(
                "SELECT DISTINCT f FROM Fair f LEFT JOIN f.coOrganisers c WHERE f.status ="
                    + " org.koinagora.fairs.FairStatus.PUBLISHED AND f.endsAt >= :now AND"
                    + " (f.organiser.id = :organisation OR c.id = :organisation"
                    + (regional
                        ? " OR (f.scope = org.koinagora.fairs.FairScope.REGIONAL AND"
                            + " f.organiser.region = :region)"
                        : "")
                    + ") ORDER BY f.startsAt",
                Fair.class)
            .setParameter("organisation", organisationId)
            .setParameter("now", Instant.now());
    if (regional) {
      query.setParameter("region", organisation.getRegion());
    }
    return query.getResultList();
  }

  public Optional<Fair> publicFair(long id) {
    return Optional.ofNullable(em.find(Fair.class, id)).filter(Fair::isPublic);
  }

  /** The ids of the fair's stands that are held (awaiting payment or confirmed) now. */
  public Set<Long> takenStands(long fairId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT b.stand.id FROM StandBooking b WHERE b.fair.id = :fair AND b.status IN"
                    + " :holding AND (b.holdExpiresAt IS NULL OR b.holdExpiresAt > :now)",
                Long.class)
            .setParameter("fair", fairId)
            .setParameter("holding", BookingStatus.HOLDING)
            .setParameter("now", Instant.now())
            .getResultList());
  }

  /**
   * The confirmed exhibitor at a stand, by the stand's code (what the stand's QR code points at).
   */
  public Optional<StandBooking> exhibitorAt(long fairId, String code) {
    return exhibitors(fairId).stream()
        .filter(booking -> booking.getStand().getCode().equals(code))
        .findFirst();
  }

  /** Confirmed exhibitors, by stand code. */
  public List<StandBooking> exhibitors(long fairId) {
    return em.createQuery(
            "SELECT b FROM StandBooking b JOIN FETCH b.stand JOIN FETCH b.enterprise WHERE"
                + " b.fair.id = :fair AND b.status = org.koinagora.fairs.BookingStatus.CONFIRMED"
                + " ORDER BY b.stand.code",
            StandBooking.class)
        .setParameter("fair", fairId)
        .getResultList();
  }
}
