package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairScope;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.ICalendar;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandFeature;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;

/**
 * The demo fairs of DESIGN.md: each municipality publishes an upcoming INSTANT fair with free and
 * paid stands, open for bookings now, and an APPLICATION fair; Thessaloniki's APPLICATION fair is
 * REGIONAL, co-organised with the partnership of Central Macedonia, with a quota of two honey
 * producers. Dates count from the day of loading.
 */
final class DemoFairs {

  private DemoFairs() {}

  static void load(EntityManager em, List<Organisation> organisations) {
    LocalDate today = LocalDate.now(ICalendar.ATHENS);
    List<Organisation> municipalities =
        organisations.stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).toList();
    Organisation partnership =
        organisations.stream()
            .filter(o -> o.getKind() == OrganisationKind.PARTNERSHIP)
            .findFirst()
            .orElseThrow();
    int n = 0;
    for (Organisation organiser : municipalities) {
      boolean thessaloniki = n++ == 0;
      Fair instant =
          fair(
              em,
              organiser,
              details(
                  thessaloniki
                      ? "Χριστουγεννιάτικη αγορά Κοινωνικής Οικονομίας"
                      : "Γιορτή τοπικών προϊόντων Ηρακλείου",
                  thessaloniki
                      ? "Social economy Christmas market"
                      : "Heraklion local produce festival",
                  thessaloniki
                      ? "Συνεταιρισμοί και Κοιν.Σ.Επ. της πόλης με δώρα, τρόφιμα και χειροτεχνία."
                      : "Παραγωγοί και συνεταιρισμοί της Κρήτης με τρόφιμα και ποτά.",
                  thessaloniki
                      ? "Cooperatives and social enterprises of the city with gifts, food and"
                          + " crafts."
                      : "Producers and cooperatives of Crete with food and drink.",
                  thessaloniki ? FairTheme.CHRISTMAS_MARKET : FairTheme.LOCAL_FOOD,
                  thessaloniki ? "Πλατεία Αριστοτέλους" : "Πλατεία Ελευθερίας",
                  thessaloniki
                      ? "Πλατεία Αριστοτέλους, 546 23 Θεσσαλονίκη"
                      : "Πλατεία Ελευθερίας, 712 01 Ηράκλειο",
                  thessaloniki ? new BigDecimal("40.632700") : new BigDecimal("35.338700"),
                  thessaloniki ? new BigDecimal("22.941000") : new BigDecimal("25.137200"),
                  today.plusDays(thessaloniki ? 21 : 35),
                  3,
                  BookingMode.INSTANT,
                  2,
                  FairScope.LOCAL));
      row(
          em,
          instant,
          "A",
          8,
          0,
          2,
          3,
          3,
          BigDecimal.ZERO,
          EnumSet.of(StandFeature.COVERED, StandFeature.STEP_FREE));
      row(
          em,
          instant,
          "B",
          6,
          0,
          8,
          4,
          3,
          new BigDecimal("25.00"),
          EnumSet.of(StandFeature.ELECTRICITY, StandFeature.COVERED));
      instant.publish();
      Fair application =
          fair(
              em,
              organiser,
              details(
                  thessaloniki ? "Έκθεση συνεταιρισμών Βορείου Ελλάδας" : "Πράσινη έκθεση Κρήτης",
                  thessaloniki ? "Cooperatives fair of Northern Greece" : "Crete green fair",
                  "Με αιτήσεις: ο δήμος επιλέγει τους εκθέτες ώστε να εκπροσωπούνται όλοι οι"
                      + " κλάδοι.",
                  "By application: the municipality chooses exhibitors so that every sector is"
                      + " represented.",
                  thessaloniki ? FairTheme.COOPERATIVES : FairTheme.GREEN_ORGANIC,
                  thessaloniki ? "ΔΕΘ, Περίπτερο 8" : "Πάρκο Γεωργιάδη",
                  thessaloniki ? "Εγνατία 154, 546 36 Θεσσαλονίκη" : "Δημοκρατίας, 712 01 Ηράκλειο",
                  null,
                  null,
                  today.plusDays(thessaloniki ? 60 : 75),
                  2,
                  BookingMode.APPLICATION,
                  1,
                  thessaloniki ? FairScope.REGIONAL : FairScope.LOCAL));
      if (thessaloniki) {
        application.addCoOrganiser(partnership);
      }
      row(
          em,
          application,
          "A",
          10,
          1,
          1,
          3,
          3,
          new BigDecimal("15.00"),
          EnumSet.of(StandFeature.ELECTRICITY, StandFeature.WATER));
      application.publish();
      if (thessaloniki) {
        em.flush();
        // every sector represented: at most 2 of the 10 stands for honey producers
        em.createNativeQuery(
                "INSERT INTO fair_category_stands (fair_id, category_id, stands, quota) SELECT ?,"
                    + " id, 0, 2 FROM category WHERE path = 'food/honey'")
            .setParameter(1, application.getId())
            .executeUpdate();
      }
    }
  }

  private static FairDetails details(
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      FairTheme theme,
      String venue,
      String address,
      BigDecimal latitude,
      BigDecimal longitude,
      LocalDate first,
      int days,
      BookingMode mode,
      int maxStands,
      FairScope scope) {
    Instant starts = first.atTime(LocalTime.of(10, 0)).atZone(ICalendar.ATHENS).toInstant();
    Instant ends =
        first.plusDays(days - 1L).atTime(LocalTime.of(21, 0)).atZone(ICalendar.ATHENS).toInstant();
    return new FairDetails(
        titleEl,
        titleEn,
        descriptionEl,
        descriptionEn,
        theme,
        venue,
        address,
        latitude,
        longitude,
        starts,
        ends,
        "10:00–21:00",
        Instant.now().minus(Duration.ofDays(1)),
        starts.minus(Duration.ofDays(3)),
        mode,
        maxStands,
        starts.minus(Duration.ofDays(7)),
        15,
        40,
        16,
        null,
        null,
        scope);
  }

  private static Fair fair(EntityManager em, Organisation organiser, FairDetails details) {
    var fair = new Fair(organiser, details);
    em.persist(fair);
    return fair;
  }

  private static void row(
      EntityManager em,
      Fair fair,
      String prefix,
      int count,
      int x,
      int y,
      int width,
      int depth,
      BigDecimal price,
      EnumSet<StandFeature> features) {
    for (int i = 0; i < count; i++) {
      var stand =
          new Stand(fair, prefix + (i + 1), x + i * width, y, width, depth, price, features);
      em.persist(stand);
      fair.getStands().add(stand);
    }
  }
}
