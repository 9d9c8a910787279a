package org.koinagora.fairs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.Money;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;

/**
 * Consortium stands: the enterprise that booked a stand invites up to two others to share it; each
 * accepts (naming what it exhibits, counted under its own limit and its category's quota) or
 * declines. The booker proposes each one's share of the fee, by default an even split.
 */
@ApplicationScoped
public class Consortia {

  /** The most enterprises a booker shares a stand with. */
  public static final int MAX_CO_EXHIBITORS = 2;

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private StandLimits limits;
  @Inject private Links links;
  @Inject private FairService fairs;

  /**
   * A member of the booking's enterprise invites another verified enterprise, admitted by the fair,
   * before the fair starts. {@code share} null splits the stand's price evenly among the booker and
   * the co-exhibitors invited so far; given, it is from 0 to the stand's price.
   */
  @Transactional
  public StandCoExhibitor invite(
      SignedInUser member, long bookingId, Long enterpriseId, BigDecimal share) {
    // written (its version raised) by every invitation: two at once conflict on any node
    StandBooking booking =
        em.find(StandBooking.class, bookingId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    if (booking == null) {
      throw new NotFoundException();
    }
    if (!booking.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    Instant now = Instant.now();
    if (!BookingStatus.COUNTED.contains(booking.getStatus())
        || !booking.getFair().getStartsAt().isAfter(now)) {
      throw new ConflictException(null, "booking.not_active");
    }
    Enterprise invited = enterpriseId == null ? null : em.find(Enterprise.class, enterpriseId);
    if (invited == null
        || !invited.isPublic()
        || invited.getId().equals(booking.getEnterprise().getId())) {
      throw new InvalidInputException("enterpriseId", "consortium.enterprise.unknown");
    }
    if (!booking.getFair().admits(invited)) {
      throw new AccessDeniedException("booking.not_eligible");
    }
    List<StandCoExhibitor> all = of(booking);
    long active = all.stream().filter(StandCoExhibitor::isActive).count();
    StandCoExhibitor earlier =
        all.stream()
            .filter(co -> co.getEnterprise().getId().equals(invited.getId()))
            .findFirst()
            .orElse(null);
    if (earlier != null && earlier.isActive()) {
      throw new ConflictException("enterpriseId", "consortium.already_invited");
    }
    if (active >= MAX_CO_EXHIBITORS) {
      throw new ConflictException("enterpriseId", "consortium.full", MAX_CO_EXHIBITORS);
    }
    Money part = shareOf(booking, share, active);
    StandCoExhibitor invitation;
    if (earlier != null) {
      earlier.inviteAgain(part, now);
      invitation = earlier;
    } else {
      invitation = new StandCoExhibitor(booking, invited, part, now);
      em.persist(invitation);
    }
    em.flush();
    tell(invitation);
    return invitation;
  }

  private static Money shareOf(StandBooking booking, BigDecimal share, long activeBefore) {
    BigDecimal price = booking.getStand().getPrice().decimal();
    if (share == null) {
      return Money.rounded(
          price.divide(BigDecimal.valueOf(activeBefore + 2), 2, RoundingMode.DOWN));
    }
    if (share.signum() < 0 || share.compareTo(price) > 0) {
      throw new InvalidInputException("share", "consortium.share.invalid", price.toPlainString());
    }
    return Money.rounded(share);
  }

  /**
   * A member of the invited enterprise accepts, naming what it exhibits; two answers at once make
   * one (the other is told 409). Counted under the enterprise's limit and the category's quota (409
   * when full, and nothing changes); takes over its share of what the booking still owes.
   */
  @Transactional
  public StandCoExhibitor accept(SignedInUser member, long invitationId, Long categoryId) {
    StandCoExhibitor invitation = answerable(member, invitationId);
    StandBooking booking = invitation.getBooking();
    Fair fair = booking.getFair();
    // as a booking does: the fair's row shared, then the booking's, then the counters
    em.createNativeQuery("SELECT id FROM fair WHERE id = ? LOCK IN SHARE MODE")
        .setParameter(1, fair.getId())
        .getResultList();
    em.lock(booking, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(booking);
    if (!BookingStatus.COUNTED.contains(booking.getStatus())) {
      throw new ConflictException(null, "booking.not_active");
    }
    Category category = limits.categoryFor(fair, invitation.getEnterprise(), categoryId);
    Instant now = Instant.now();
    decide(invitationId, StandCoExhibitor.Status.ACCEPTED, now);
    limits.take(fair, invitation.getEnterprise(), category);
    em.refresh(invitation);
    invitation.accepted(category, booking.handOverFeePart(invitation.getShare(), now), now);
    em.flush();
    return invitation;
  }

  @Transactional
  public StandCoExhibitor decline(SignedInUser member, long invitationId) {
    StandCoExhibitor invitation = answerable(member, invitationId);
    decide(invitationId, StandCoExhibitor.Status.DECLINED, Instant.now());
    em.refresh(invitation);
    return invitation;
  }

  /** The organiser records that a co-exhibitor paid its part of the fee (the MANUAL method). */
  @Transactional
  public StandCoExhibitor markPaid(SignedInUser staff, long coExhibitorId) {
    StandCoExhibitor part = organisersPart(staff, coExhibitorId);
    part.markPaid(Instant.now());
    return part;
  }

  /** Social pricing for one co-exhibitor's part alone: lowered or waived (0), with the reason. */
  @Transactional
  public StandCoExhibitor adjustFee(
      SignedInUser staff, long coExhibitorId, BigDecimal fee, String reason) {
    StandBooking.checkFeeChange(fee, reason);
    StandCoExhibitor part = organisersPart(staff, coExhibitorId);
    part.adjustFee(fee, reason.strip());
    return part;
  }

  /** The stands the member's enterprises share with a booker (accepted, booking still counted). */
  public List<StandCoExhibitor> sharedBy(SignedInUser member) {
    return ofMembersEnterprises(member, StandCoExhibitor.Status.ACCEPTED);
  }

  /**
   * A booking of the member's enterprise whose stand it may share: counted and its fair still to
   * come (404 when there is none such of theirs, so that others' bookings are not told apart).
   */
  public StandBooking shareable(SignedInUser member, long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null || !booking.getEnterprise().hasMember(member.id())) {
      throw new NotFoundException();
    }
    return booking;
  }

  /** Whether the booker may still invite others to share this stand. */
  public static boolean canInvite(StandBooking booking, Instant now) {
    return BookingStatus.COUNTED.contains(booking.getStatus())
        && booking.getFair().getStartsAt().isAfter(now)
        && booking.getCoExhibitors().stream().filter(StandCoExhibitor::isActive).count()
            < MAX_CO_EXHIBITORS;
  }

  private StandCoExhibitor organisersPart(SignedInUser staff, long coExhibitorId) {
    StandCoExhibitor part = em.find(StandCoExhibitor.class, coExhibitorId);
    if (part == null) {
      throw new NotFoundException();
    }
    fairs.organisedBy(staff, part.getBooking().getFair().getId());
    return part;
  }

  /** Invitations waiting for an answer from the member's enterprises. */
  public List<StandCoExhibitor> invitationsFor(SignedInUser member) {
    return ofMembersEnterprises(member, StandCoExhibitor.Status.INVITED);
  }

  private List<StandCoExhibitor> ofMembersEnterprises(
      SignedInUser member, StandCoExhibitor.Status status) {
    return em.createQuery(
            "SELECT c FROM StandCoExhibitor c JOIN FETCH c.booking b JOIN FETCH b.fair JOIN FETCH"
                + " b.stand WHERE c.status = :status AND c.enterprise.id IN (SELECT e.id FROM"
                + " Enterprise e WHERE :user MEMBER OF e.memberIds) ORDER BY c.invitedAt",
            StandCoExhibitor.class)
        .setParameter("status", status)
        .setParameter("user", member.id())
        .getResultList();
  }

  /** Everyone invited to share the booking's stand, in the order invited. */
  public List<StandCoExhibitor> of(StandBooking booking) {
    return em.createQuery(
            "SELECT c FROM StandCoExhibitor c JOIN FETCH c.enterprise WHERE c.booking.id ="
                + " :booking ORDER BY c.invitedAt, c.id",
            StandCoExhibitor.class)
        .setParameter("booking", booking.getId())
        .getResultList();
  }

  /** Those sharing the stand now. */
  public List<StandCoExhibitor> acceptedOf(StandBooking booking) {
    return of(booking).stream()
        .filter(co -> co.getStatus() == StandCoExhibitor.Status.ACCEPTED)
        .toList();
  }

  private StandCoExhibitor answerable(SignedInUser member, long invitationId) {
    StandCoExhibitor invitation = em.find(StandCoExhibitor.class, invitationId);
    if (invitation == null) {
      throw new NotFoundException();
    }
    if (!invitation.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    return invitation;
  }

  /** Decides an invitation once: the guarded update that two answers at once cannot both make. */
  private void decide(long invitationId, StandCoExhibitor.Status answer, Instant now) {
    int decided =
        em.createNativeQuery(
                "UPDATE stand_co_exhibitor SET status = ?, decided_at = ?, version = version + 1"
                    + " WHERE id = ? AND status = 'INVITED'")
            .setParameter(1, answer.name())
            .setParameter(2, now)
            .setParameter(3, invitationId)
            .executeUpdate();
    if (decided == 0) {
      throw new ConflictException(null, "consortium.not_invited");
    }
  }

  private void tell(StandCoExhibitor invitation) {
    StandBooking booking = invitation.getBooking();
    enterprises.mailMembers(
        invitation.getEnterprise(),
        (account, locale) ->
            new Mail(
                account.getEmail(),
                Texts.get(
                    locale,
                    "mail.consortium_invitation.subject",
                    booking.getEnterprise().getName(),
                    booking.getFair().title(locale)),
                Texts.get(
                    locale,
                    "mail.consortium_invitation.body",
                    account.getName(),
                    booking.getEnterprise().getName(),
                    booking.getStand().getCode(),
                    booking.getFair().title(locale),
                    invitation.getShare().getAmount(),
                    links.to("/dashboard/enterprise"))));
  }
}
