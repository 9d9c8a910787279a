package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.services.AvailabilityDraft;
import org.koinagora.services.AvailabilityService;
import org.koinagora.services.DatedException;
import org.koinagora.services.OpeningRule;
import org.koinagora.services.PricePer;
import org.koinagora.services.SlotTime;

/**
 * The demo's services booked by time: a weaving workshop, a guided tour of olive groves, a bicycle
 * repair and a cooking class, each open over the coming weeks (closed on Christmas and New Year's
 * Day), set through the services an enterprise uses.
 */
final class DemoServices {

  private DemoServices() {}

  /** A slot service of the demo: who offers it, what it is, and when. */
  private record Service(
      String member,
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      String price,
      String category,
      int minutes,
      int capacity,
      PricePer pricePer,
      List<OpeningRule> rules) {}

  private static final List<Service> SERVICES =
      List.of(
          new Service(
              "enterprise12@demo.koinagora.org",
              "Εργαστήρι υφαντικής στον αργαλειό",
              "Loom weaving workshop",
              "Δύο ώρες στον αργαλειό με τις υφάντριες του Σουφλίου: στημόνι, υφάδι και ένα μικρό"
                  + " υφαντό που παίρνετε μαζί σας. Για αρχάριους, από 12 ετών.",
              "Two hours at the loom with the weavers of Soufli: warp, weft and a small piece you"
                  + " take home. For beginners, from 12 years old.",
              "25.00",
              "services/training",
              120,
              6,
              PricePer.PERSON,
              List.of(rule(3, "17:00", "19:00"), rule(6, "10:00", "14:00"))),
          new Service(
              "enterprise2@demo.koinagora.org",
              "Ξενάγηση στους ελαιώνες και στο παλιό ελαιοτριβείο",
              "Guided tour of the olive groves and the old olive mill",
              "Μιάμιση ώρα στους ελαιώνες του συνεταιρισμού και στο πέτρινο ελαιοτριβείο του 1900,"
                  + " με γευσιγνωσία ελαιολάδου στο τέλος.",
              "An hour and a half in the cooperative's olive groves and its stone mill of 1900,"
                  + " with an olive oil tasting at the end.",
              "12.00",
              "services/tourism",
              90,
              12,
              PricePer.PERSON,
              List.of(
                  rule(5, "10:00", "13:00"), rule(6, "10:00", "13:00"), rule(7, "10:00", "13:00"))),
          new Service(
              "enterprise7@demo.koinagora.org",
              "Επισκευή ποδηλάτου",
              "Bicycle repair",
              "Φέρνετε το ποδήλατο στο εργαστήρι μας στην Πάτρα: έλεγχος, φρένα, αλυσίδα και"
                  + " λάστιχα σε 45 λεπτά. Τα ανταλλακτικά χρεώνονται χωριστά.",
              "Bring your bicycle to our workshop in Patras: a check, brakes, chain and tyres in 45"
                  + " minutes. Parts are charged separately.",
              "20.00",
              "services/green-recycling",
              45,
              1,
              PricePer.JOB,
              List.of(
                  rule(1, "09:00", "13:30"),
                  rule(2, "09:00", "13:30"),
                  rule(3, "09:00", "13:30"),
                  rule(4, "09:00", "13:30"),
                  rule(5, "09:00", "13:30"))),
          new Service(
              "enterprise5@demo.koinagora.org",
              "Μάθημα παραδοσιακής μαγειρικής του Ζαγορίου",
              "Traditional Zagori cooking class",
              "Τρεις ώρες στην κουζίνα του συνεταιρισμού: χειροποίητο φύλλο, πίτες και γλυκό του"
                  + " κουταλιού, και τραπέζι στο τέλος.",
              "Three hours in the cooperative's kitchen: hand-rolled pastry, pies and a spoon"
                  + " sweet, and a meal together at the end.",
              "35.00",
              "services/training",
              180,
              8,
              PricePer.PERSON,
              List.of(rule(6, "11:00", "14:00"), rule(7, "11:00", "14:00"))));

  static void load(
      EntityManager em,
      ListingService listings,
      AvailabilityService availability,
      Map<String, SignedInUser> members) {
    long seed = 500;
    for (Service service : SERVICES) {
      SignedInUser member = members.get(service.member());
      var listing =
          listings.create(
              member,
              null,
              new ListingDraft(
                  ListingKind.SERVICE,
                  service.titleEl(),
                  service.titleEn(),
                  service.descriptionEl(),
                  service.descriptionEn(),
                  new BigDecimal(service.price()),
                  24,
                  service.pricePer() == PricePer.JOB ? Unit.SESSION : Unit.PERSON,
                  null,
                  service.category(),
                  EnumSet.noneOf(Tag.class),
                  ListingStatus.ACTIVE));
      listings.addImage(member, listing.getId(), DemoPictures.draw(service.category(), seed++));
      availability.set(
          member,
          listing.getId(),
          new AvailabilityDraft(
              service.minutes(),
              service.capacity(),
              service.pricePer(),
              24,
              8,
              service.rules(),
              holidays()));
    }
    em.flush();
  }

  private static OpeningRule rule(int weekday, String from, String to) {
    return new OpeningRule(weekday, LocalTime.parse(from), LocalTime.parse(to));
  }

  /** Christmas and New Year's Day of the coming weeks. */
  private static List<DatedException> holidays() {
    List<DatedException> closed = new ArrayList<>();
    LocalDate today = LocalDate.now(SlotTime.ATHENS);
    for (MonthDay holiday : List.of(MonthDay.of(12, 25), MonthDay.of(1, 1))) {
      LocalDate date = holiday.atYear(today.getYear());
      closed.add(DatedException.closed(date.isBefore(today) ? date.plusYears(1) : date));
    }
    return closed;
  }
}
