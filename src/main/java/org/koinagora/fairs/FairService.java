package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;

/**
 * What an organisation's staff do with the fairs it leads or co-organises; anyone else gets 403.
 */
@ApplicationScoped
public class FairService {

  @PersistenceContext private EntityManager em;
  @Inject private OrganisationDirectory organisations;

  @Transactional
  public Fair create(SignedInUser staff, @Valid FairDetails details) {
    requireDetails(details);
    var fair = new Fair(organisationOf(staff), details);
    em.persist(fair);
    em.flush();
    return fair;
  }

  @Transactional
  public Fair update(SignedInUser staff, long fairId, @Valid FairDetails details) {
    requireDetails(details);
    Fair fair = organisedBy(staff, fairId);
    if (details.bookingMode() != fair.getBookingMode()) {
      if (!fair.isLedBy(staff.id())) {
        throw new AccessDeniedException("fair.lead_only");
      }
      if (hasBookings(fairId)) {
        throw new ConflictException("bookingMode", "fair.mode_locked");
      }
    }
    fair.apply(details);
    return fair;
  }

  /** Adds a row of stands; refused where a code is taken or the row leaves the plan. */
  @Transactional
  public List<Stand> addRow(SignedInUser staff, long fairId, @Valid StandRow row) {
    if (row == null) {
      throw new InvalidInputException("count", "stand.count.invalid");
    }
    Fair fair = organisedBy(staff, fairId);
    var features =
        row.features() == null || row.features().isEmpty()
            ? EnumSet.noneOf(StandFeature.class)
            : EnumSet.copyOf(row.features());
    requireInPlan(fair, row.x(), row.y(), row.count() * row.width(), row.depth());
    int first =
        1
            + fair.getStands().stream()
                .filter(stand -> stand.getCode().startsWith(row.prefix()))
                .mapToInt(stand -> number(stand.getCode(), row.prefix()))
                .max()
                .orElse(0);
    for (int i = 0; i < row.count(); i++) {
      String code = row.prefix() + (first + i);
      int x = row.x() + i * row.width();
      requireFreeGround(fair, null, x, row.y(), row.width(), row.depth());
      var stand =
          new Stand(
              fair,
              code,
              x,
              row.y(),
              row.width(),
              row.depth(),
              row.price().setScale(2, RoundingMode.HALF_UP),
              features);
      em.persist(stand);
      fair.getStands().add(stand);
    }
    em.flush();
    return fair.getStands();
  }

  /** Moves, resizes or reprices a stand; refused once anyone has applied for or booked it. */
  @Transactional
  public Stand changeStand(SignedInUser staff, long standId, @Valid StandChange change) {
    if (change == null) {
      throw new InvalidInputException("x", "stand.position.invalid");
    }
    Stand stand = organisersStand(staff, standId);
    requireNoActiveBooking(stand);
    Fair fair = stand.getFair();
    requireInPlan(fair, change.x(), change.y(), change.width(), change.depth());
    requireFreeGround(fair, stand, change.x(), change.y(), change.width(), change.depth());
    stand.change(change);
    return stand;
  }

  private boolean hasBookings(long fairId) {
    return !em.createQuery("SELECT b.id FROM StandBooking b WHERE b.fair.id = :fair", Long.class)
        .setParameter("fair", fairId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Removes a stand nobody ever applied for or booked (a booking's history keeps its stand). */
  @Transactional
  public void deleteStand(SignedInUser staff, long standId) {
    Stand stand = organisersStand(staff, standId);
    long ever =
        em.createQuery("SELECT COUNT(b) FROM StandBooking b WHERE b.stand.id = :stand", Long.class)
            .setParameter("stand", standId)
            .getSingleResult();
    if (ever > 0) {
      throw new ConflictException(null, "stand.has_bookings", stand.getCode());
    }
    stand.getFair().getStands().remove(stand);
    em.remove(stand);
  }

  private Stand organisersStand(SignedInUser staff, long standId) {
    Stand stand = em.find(Stand.class, standId);
    if (stand == null) {
      throw new NotFoundException();
    }
    organisedBy(staff, stand.getFair().getId());
    if (stand.getFair().getStatus() == FairStatus.CANCELLED) {
      throw new ConflictException(null, "fair.cancelled");
    }
    return stand;
  }

  /** The fair's stands that someone has applied for or booked: they stay as they are. */
  public Set<Long> standsWithBookings(long fairId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT b.stand.id FROM StandBooking b WHERE b.fair.id = :fair AND"
                    + " b.status IN :counted",
                Long.class)
            .setParameter("fair", fairId)
            .setParameter("counted", BookingStatus.COUNTED)
            .getResultList());
  }

  private void requireNoActiveBooking(Stand stand) {
    long active =
        em.createQuery(
                "SELECT COUNT(b) FROM StandBooking b WHERE b.stand.id = :stand AND b.status IN"
                    + " :counted",
                Long.class)
            .setParameter("stand", stand.getId())
            .setParameter("counted", BookingStatus.COUNTED)
            .getSingleResult();
    if (active > 0) {
      throw new ConflictException(null, "stand.has_bookings", stand.getCode());
    }
  }

  private static void requireInPlan(Fair fair, int x, int y, int width, int depth) {
    if (x + width > fair.getPlanWidth() || y + depth > fair.getPlanDepth()) {
      throw new InvalidInputException(
          "x", "stand.outside_plan", fair.getPlanWidth(), fair.getPlanDepth());
    }
  }

  private static void requireFreeGround(
      Fair fair, Stand moving, int x, int y, int width, int depth) {
    for (Stand other : fair.getStands()) {
      if (other != moving && other.overlaps(x, y, width, depth)) {
        throw new ConflictException("x", "stand.overlaps", other.getCode());
      }
    }
  }

  private static int number(String code, String prefix) {
    try {
      return Integer.parseInt(code.substring(prefix.length()));
    } catch (NumberFormatException notOurs) {
      return 0;
    }
  }

  private static void requireDetails(FairDetails details) {
    if (details == null) {
      throw new InvalidInputException("titleEl", "fair.title.required");
    }
  }

  @Transactional
  public Fair publish(SignedInUser staff, long fairId) {
    Fair fair = organisedBy(staff, fairId);
    fair.publish();
    return fair;
  }

  @Transactional
  public Fair close(SignedInUser staff, long fairId) {
    Fair fair = organisedBy(staff, fairId);
    fair.close();
    return fair;
  }

  public List<Fair> ofOrganiser(SignedInUser staff) {
    return em.createNamedQuery("Fair.findByOrganiser", Fair.class)
        .setParameter("organiser", organisationOf(staff).getId())
        .getResultList();
  }

  /**
   * The fair, if the user is staff of its lead organiser or a co-organiser; 404 or 403 otherwise.
   */
  public Fair organisedBy(SignedInUser staff, long fairId) {
    Fair fair = em.find(Fair.class, fairId);
    if (fair == null) {
      throw new NotFoundException();
    }
    if (!staff.has(Role.MUNICIPALITY) || !fair.isManagedBy(staff.id())) {
      throw new AccessDeniedException();
    }
    return fair;
  }

  /** The fair, if the user is staff of its lead organiser; co-organisers' staff get 403. */
  public Fair ledBy(SignedInUser staff, long fairId) {
    Fair fair = organisedBy(staff, fairId);
    if (!fair.isLedBy(staff.id())) {
      throw new AccessDeniedException("fair.lead_only");
    }
    return fair;
  }

  /** Any organiser's staff bring in another organisation as a co-organiser. */
  @Transactional
  public Fair addCoOrganiser(SignedInUser staff, long fairId, Long organisationId) {
    Fair fair = organisedBy(staff, fairId);
    Organisation organisation =
        organisationId == null ? null : em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new InvalidInputException("organisationId", "fair.co_organiser.unknown");
    }
    fair.addCoOrganiser(organisation);
    return fair;
  }

  /** Only the lead's staff remove a co-organiser. */
  @Transactional
  public Fair removeCoOrganiser(SignedInUser staff, long fairId, long organisationId) {
    Fair fair = ledBy(staff, fairId);
    fair.removeCoOrganiser(organisationId);
    return fair;
  }

  public Organisation organisationOf(SignedInUser staff) {
    if (!staff.has(Role.MUNICIPALITY)) {
      throw new AccessDeniedException();
    }
    return organisations.ofStaff(staff.id()).orElseThrow(AccessDeniedException::new);
  }
}
