package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.persistence.LostRace;

/**
 * Enterprises booking stands. The limits per enterprise and per category are counter rows each
 * booking updates ({@link StandLimits}); the database's unique key on the active stand is the last
 * word on "one active booking per stand". Only serving the waitlist takes turns on the fair's row.
 */
@ApplicationScoped
public class BookingService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private FairService fairs;
  @Inject private Waitlist waitlist;
  @Inject private FairDirectory directory;
  @Inject private StandFeePayments feePayments;
  @Inject private StandLimits limits;

  /**
   * How long an approved application keeps its stand while the fee is paid (a bank transfer takes
   * days).
   */
  @Inject
  @ConfigProperty(name = "koinagora.fairs.approval-pay-days", defaultValue = "14")
  int approvalPayDays;

  @Transactional
  public StandBooking book(SignedInUser member, long fairId, StandRequest request) {
    if (request.standId() == null) {
      throw new InvalidInputException("standId", "booking.stand.required");
    }
    // the stand's row first, before anything is read: bookings of one stand take turns, and the
    // next one's reads (a snapshot taken after the lock) see what the previous one committed, so
    // it is told "taken" plainly instead of meeting the unique key
    em.createNativeQuery("SELECT id FROM stand WHERE id = ? FOR UPDATE")
        .setParameter(1, request.standId())
        .getResultList();
    Enterprise enterprise = enterprises.actingFor(member, request.enterpriseId());
    Instant now = Instant.now();
    // with nobody in line (the usual case) bookings of a fair run side by side: the fair's row is
    // only share-locked, so that a cancellation serving the line (which write-locks it) waits
    boolean line = waitlist.hasLine(fairId);
    Fair fair = openFair(fairId, enterprise, now, line);
    Stand stand = em.find(Stand.class, request.standId());
    if (stand == null || !stand.getFair().getId().equals(fair.getId())) {
      throw new InvalidInputException("standId", "booking.stand.unknown");
    }
    Category category = limits.categoryFor(fair, enterprise, request.categoryId());
    if (line && waitlist.serveLine(fair, now) > 0) {
      throw new ConflictException(null, "booking.waitlist_first");
    }
    if (isTaken(stand.getId())) {
      throw new ConflictException("standId", "booking.taken", stand.getCode());
    }
    limits.take(fair, enterprise, category);
    var booking =
        fair.getBookingMode() == BookingMode.INSTANT
            ? StandBooking.instant(fair, stand, enterprise, category, now)
            : StandBooking.application(fair, stand, enterprise, category, request.note(), now);
    try {
      em.persist(booking);
      em.flush();
    } catch (PersistenceException raced) {
      if (LostRace.in(raced)) {
        throw raced;
      }
      throw new ConflictException("standId", "booking.taken", stand.getCode());
    }
    return booking;
  }

  /**
   * The fair, published, open for bookings and admitting the enterprise, its row locked (for update
   * when {@code exclusive}, else shared), with unpaid holds that ran out released.
   */
  private Fair openFair(long fairId, Enterprise enterprise, Instant now, boolean exclusive) {
    if (!enterprise.isPublic()) {
      throw new AccessDeniedException("booking.not_verified");
    }
    Fair fair = locked(fairId, exclusive);
    if (fair == null || !fair.isPublic()) {
      throw new NotFoundException();
    }
    if (!fair.admits(enterprise)) {
      throw new AccessDeniedException("booking.not_eligible");
    }
    if (!fair.isOpenForBooking(now)) {
      throw new ConflictException(null, "booking.closed");
    }
    releaseExpiredHolds(fair.getId(), now);
    return fair;
  }

  /**
   * The fair as it is now, its row locked (for update, or shared). Read by the locking query
   * itself: a plain read would show the snapshot this transaction began with, from before a
   * cancellation or change it waited for.
   */
  private Fair locked(long fairId, boolean exclusive) {
    List<?> found =
        em.createNativeQuery(
                "SELECT * FROM fair WHERE id = ?"
                    + (exclusive ? " FOR UPDATE" : " LOCK IN SHARE MODE"),
                Fair.class)
            .setParameter(1, fairId)
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    return found.isEmpty() ? null : (Fair) found.get(0);
  }

  private boolean isTaken(long standId) {
    return !em.createQuery(
            "SELECT b.id FROM StandBooking b WHERE b.stand.id = :stand AND b.status IN :holding",
            Long.class)
        .setParameter("stand", standId)
        .setParameter("holding", BookingStatus.HOLDING)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Cancels the member's own booking, before the fair's cancellation deadline. */
  @Transactional
  public StandBooking cancel(SignedInUser member, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    if (!booking.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    if (!booking.getFair().canBeCancelledBy(Instant.now())) {
      throw new ConflictException(null, "booking.too_late");
    }
    // the fair's row first, as bookings take it before the counters
    Fair fair = em.find(Fair.class, booking.getFair().getId(), LockModeType.PESSIMISTIC_WRITE);
    booking.cancel(Instant.now());
    limits.giveBack(booking);
    em.flush();
    feePayments.refundIfPaidByCard(booking);
    waitlist.serveLine(fair, Instant.now());
    return booking;
  }

  /**
   * Joins the line for a full fair; refused while a stand is free, or when already in line or at
   * the limit.
   */
  @Transactional
  public WaitlistEntry joinWaitlist(SignedInUser member, long fairId, StandRequest request) {
    Enterprise enterprise = enterprises.actingFor(member, request.enterpriseId());
    Instant now = Instant.now();
    Fair fair = openFair(fairId, enterprise, now, true);
    Category category = limits.categoryFor(fair, enterprise, request.categoryId());
    if (waitlist.serveLine(fair, now) == 0
        && directory.takenStands(fair.getId()).size() < fair.getStands().size()) {
      throw new ConflictException(null, "waitlist.stands_free");
    }
    if (waitlist.isInLine(fair.getId(), enterprise.getId())) {
      throw new ConflictException(null, "waitlist.already");
    }
    if (limits.isAtLimit(fair, enterprise)) {
      throw new ConflictException(null, "booking.limit", fair.getMaxStandsPerEnterprise());
    }
    return waitlist.join(fair, enterprise, category, now);
  }

  /** The enterprise takes a free-of-charge stand offered from the waitlist. */
  @Transactional
  public StandBooking accept(SignedInUser member, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    if (!booking.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    booking.accept(Instant.now());
    return booking;
  }

  /**
   * For the scheduled job: in every fair with a line, settle ended offers and offer free stands.
   */
  @Transactional
  public void offerToWaitlists() {
    Instant now = Instant.now();
    List<Long> fairIds =
        em.createQuery(
                "SELECT DISTINCT w.fair.id FROM WaitlistEntry w WHERE w.status IN :active",
                Long.class)
            .setParameter(
                "active", Set.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
            .getResultList();
    for (Long fairId : fairIds) {
      waitlist.serveLine(em.find(Fair.class, fairId, LockModeType.PESSIMISTIC_WRITE), now);
    }
  }

  /** Your place in the line: 1 for the first. */
  public long placeInLine(WaitlistEntry entry) {
    return em.createQuery(
            "SELECT COUNT(w) FROM WaitlistEntry w WHERE w.fair.id = :fair AND w.status = :waiting"
                + " AND (w.createdAt < :created OR (w.createdAt = :created AND w.id <= :id))",
            Long.class)
        .setParameter("fair", entry.getFair().getId())
        .setParameter("waiting", WaitlistEntry.Status.WAITING)
        .setParameter("created", entry.getCreatedAt())
        .setParameter("id", entry.getId())
        .getSingleResult();
  }

  @Transactional
  public StandBooking approve(SignedInUser staff, long bookingId) {
    StandBooking booking = organisersBooking(staff, bookingId);
    em.find(Fair.class, booking.getFair().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (isTaken(booking.getStand().getId())) {
      throw new ConflictException("standId", "booking.taken", booking.getStand().getCode());
    }
    approveOnFreeStand(booking, Instant.now());
    em.flush();
    return booking;
  }

  /**
   * Approves an application whose stand is known to be free (the fair's row is locked by the
   * caller).
   */
  void approveOnFreeStand(StandBooking application, Instant now) {
    application.approve(now, Duration.ofDays(approvalPayDays));
  }

  @Transactional
  public StandBooking reject(SignedInUser staff, long bookingId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "booking.reason.required");
    }
    StandBooking booking = organisersBooking(staff, bookingId);
    booking.reject(reason.strip(), Instant.now());
    limits.giveBack(booking);
    return booking;
  }

  @Transactional
  public StandBooking markPaid(SignedInUser staff, long bookingId) {
    StandBooking booking = organisersBooking(staff, bookingId);
    booking.markPaid(Instant.now());
    return booking;
  }

  @Transactional
  public StandBooking adjustFee(SignedInUser staff, long bookingId, BigDecimal fee, String reason) {
    StandBooking.checkFeeChange(fee, reason);
    StandBooking booking = organisersBooking(staff, bookingId);
    booking.adjustFee(fee, reason.strip(), Instant.now());
    return booking;
  }

  @Transactional
  public StandBooking checkIn(SignedInUser staff, long bookingId) {
    StandBooking booking = organisersBooking(staff, bookingId);
    booking.checkIn(Instant.now());
    return booking;
  }

  /**
   * A confirmed booking whose pass the user may print: a member of its enterprise, of an enterprise
   * sharing the stand once its part of the fee is settled, or the staff of one of its organisers.
   */
  public StandBooking passFor(SignedInUser user, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    boolean sharer =
        booking.getSharing().stream().anyMatch(co -> co.getEnterprise().hasMember(user.id()));
    if (!booking.getEnterprise().hasMember(user.id())
        && !sharer
        && !booking.getFair().isManagedBy(user.id())) {
      throw new AccessDeniedException();
    }
    if (booking.getStatus() != BookingStatus.CONFIRMED) {
      throw new ConflictException(null, "booking.pass.not_confirmed");
    }
    if (sharer
        && !booking.getEnterprise().hasMember(user.id())
        && booking.getSharing().stream()
            .filter(co -> co.getEnterprise().hasMember(user.id()))
            .noneMatch(StandCoExhibitor::isSettled)) {
      throw new ConflictException(null, "consortium.pass.fee_due");
    }
    return booking;
  }

  public List<StandBooking> ofMember(SignedInUser member) {
    return em.createQuery(
            "SELECT b FROM StandBooking b JOIN FETCH b.fair JOIN FETCH b.stand WHERE"
                + " b.enterprise.id IN (SELECT e.id FROM Enterprise e WHERE :user MEMBER OF"
                + " e.memberIds) ORDER BY b.createdAt DESC",
            StandBooking.class)
        .setParameter("user", member.id())
        .getResultList();
  }

  public List<StandBooking> ofFair(SignedInUser staff, long fairId) {
    fairs.organisedBy(staff, fairId);
    return em.createQuery(
            "SELECT b FROM StandBooking b JOIN FETCH b.stand JOIN FETCH b.enterprise WHERE"
                + " b.fair.id = :fair ORDER BY b.createdAt",
            StandBooking.class)
        .setParameter("fair", fairId)
        .getResultList();
  }

  /**
   * Unpaid holds past their time free their stands and their places under the limits (also every 30
   * s, see {@link HoldExpiry}). Each hold ends by a guarded update, so that two requests ending the
   * same hold at once give its places back once.
   */
  @Transactional
  public int releaseExpiredHolds(Long fairId, Instant now) {
    var expired =
        em.createQuery(
                "SELECT b.id, b.fair.id, b.enterprise.id, c.id FROM StandBooking b LEFT"
                    + " JOIN b.category c WHERE b.status ="
                    + " org.koinagora.fairs.BookingStatus.AWAITING_PAYMENT AND b.holdExpiresAt <"
                    + " :now"
                    + (fairId == null ? "" : " AND b.fair.id = :fair")
                    + " ORDER BY b.id",
                Object[].class)
            .setParameter("now", now);
    if (fairId != null) {
      expired.setParameter("fair", fairId);
    }
    int released = 0;
    for (Object[] hold : expired.getResultList()) {
      int ended =
          em.createQuery(
                  "UPDATE StandBooking b SET b.status = org.koinagora.fairs.BookingStatus.EXPIRED,"
                      + " b.holdExpiresAt = NULL, b.updatedAt = :now, b.version = b.version + 1"
                      + " WHERE b.id = :id AND b.status ="
                      + " org.koinagora.fairs.BookingStatus.AWAITING_PAYMENT AND b.holdExpiresAt"
                      + " < :now")
              .setParameter("now", now)
              .setParameter("id", hold[0])
              .executeUpdate();
      if (ended == 1) {
        limits.release(
            (Long) hold[0],
            (Long) hold[1],
            (Long) hold[2],
            hold[3] == null ? null : em.find(Category.class, hold[3]));
        released++;
      }
    }
    return released;
  }

  private StandBooking organisersBooking(SignedInUser staff, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    fairs.organisedBy(staff, booking.getFair().getId());
    return booking;
  }
}
