package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandRequest;

/**
 * A consortium stand at Thessaloniki's regional fair: the honey cooperative of Chalkidiki applied
 * for stand A4, was approved, shares it with the women's cooperative of Zagori (who accepted, owing
 * its half of the fee) and paid its own half; the organiser still has the other half to record.
 */
final class DemoConsortium {

  private static final String BOOKER = "enterprise1@demo.koinagora.org";
  private static final String SHARER = "enterprise5@demo.koinagora.org";
  private static final String ORGANISER = "municipality1@demo.koinagora.org";

  private DemoConsortium() {}

  static void load(
      EntityManager em,
      BookingService bookings,
      Consortia consortia,
      Map<String, SignedInUser> members) {
    long fair =
        em.createQuery(
                "SELECT f.id FROM Fair f WHERE f.scope = org.koinagora.fairs.FairScope.REGIONAL"
                    + " AND f.bookingMode = org.koinagora.fairs.BookingMode.APPLICATION",
                Long.class)
            .setMaxResults(1)
            .getSingleResult();
    long stand =
        em.createQuery(
                "SELECT s.id FROM Stand s WHERE s.fair.id = :fair AND s.code = 'A4'", Long.class)
            .setParameter("fair", fair)
            .getSingleResult();
    SignedInUser booker = members.get(BOOKER);
    SignedInUser sharer = members.get(SHARER);
    UserAccount staff =
        em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email", UserAccount.class)
            .setParameter("email", ORGANISER)
            .getSingleResult();
    SignedInUser organiser =
        new SignedInUser(
            staff.getId(), staff.getEmail(), staff.getName(), Set.of(Role.MUNICIPALITY));

    var booking =
        bookings.book(
            booker,
            fair,
            new StandRequest(
                enterpriseOf(em, booker),
                stand,
                categoryOf(em, booker, "food/honey"),
                "Μέλι, κερί και βάμματα πρόπολης, μαζί με τα υφαντά του Ζαγορίου."));
    bookings.approve(organiser, booking.getId());
    var invitation = consortia.invite(booker, booking.getId(), enterpriseOf(em, sharer), null);
    consortia.accept(sharer, invitation.getId(), categoryOf(em, sharer, null));
    bookings.markPaid(organiser, booking.getId());
  }

  private static long enterpriseOf(EntityManager em, SignedInUser member) {
    return em.createQuery(
            "SELECT e.id FROM Enterprise e WHERE :user MEMBER OF e.memberIds", Long.class)
        .setParameter("user", member.id())
        .getSingleResult();
  }

  /** The category of one of the member's active listings: the one at {@code path}, or its first. */
  private static long categoryOf(EntityManager em, SignedInUser member, String path) {
    return em.createQuery(
            "SELECT l.category.id FROM Listing l WHERE :user MEMBER OF l.enterprise.memberIds AND"
                + " l.status = org.koinagora.catalog.ListingStatus.ACTIVE AND (:path IS NULL OR"
                + " l.category.path = :path) ORDER BY l.id",
            Long.class)
        .setParameter("user", member.id())
        .setParameter("path", path)
        .setMaxResults(1)
        .getSingleResult();
  }
}
