package org.koinagora.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.ServiceBooking;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.quotes.BuyerKind;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteDraft;
import org.koinagora.quotes.QuoteQuestion;

/**
 * Four services sold by a request for a quote (catering, school cleaning, green spaces, a solar
 * study), and the first demo buyer's request to the first enterprise's catering: a question, an
 * answer and a quote waiting to be accepted on /quotes. Made through the real services.
 */
final class DemoQuotes {

  private DemoQuotes() {}

  static void load(
      ListingService listings,
      QuoteDesk desk,
      SignedInUser buyer,
      Map<String, SignedInUser> members) {
    SignedInUser caterer = members.get("enterprise1@demo.koinagora.org");
    Listing catering =
        service(
            listings,
            caterer,
            "Μπουφές για εκδηλώσεις και σχολικές γιορτές",
            "Buffet for events and school celebrations",
            "Μαγειρεμένο από την ομάδα μας με τοπικά προϊόντα: κρύα και ζεστά πιάτα, γλυκά,"
                + " χορτοφαγικές επιλογές. Η τιμή ανά άτομο εξαρτάται από το μενού.",
            "Cooked by our team with local produce: cold and hot dishes, sweets, vegetarian"
                + " options. The price per person depends on the menu.",
            "12.00",
            13,
            Unit.SESSION,
            "services/catering",
            Set.of(Tag.LOCAL));
    service(
        listings,
        members.get("enterprise5@demo.koinagora.org"),
        "Καθαριότητα σχολικών κτιρίων",
        "Cleaning of school buildings",
        "Καθημερινός ή εβδομαδιαίος καθαρισμός αιθουσών, διαδρόμων και τουαλετών από ομάδα"
            + " ατόμων που επανεντάσσονται στην εργασία. Για σχολικές επιτροπές και δήμους.",
        "Daily or weekly cleaning of classrooms, corridors and toilets by a team of people"
            + " returning to work. For school committees and municipalities.",
        "0.90",
        24,
        Unit.SESSION,
        "services/cleaning",
        Set.of());
    service(
        listings,
        members.get("enterprise7@demo.koinagora.org"),
        "Συντήρηση χώρων πρασίνου",
        "Upkeep of green spaces",
        "Κούρεμα χλοοτάπητα, κλάδεμα, φυτεύσεις και άρδευση σε πάρκα, αυλές σχολείων και"
            + " κοινόχρηστους χώρους.",
        "Mowing, pruning, planting and watering in parks, school yards and public spaces.",
        "0.15",
        24,
        Unit.SESSION,
        "services/green-recycling",
        Set.of());
    service(
        listings,
        members.get("enterprise4@demo.koinagora.org"),
        "Μελέτη φωτοβολταϊκού σε στέγη",
        "Study for rooftop solar panels",
        "Αυτοψία, μελέτη απόδοσης και κόστους φωτοβολταϊκού για κατοικίες, σχολεία και"
            + " δημοτικά κτίρια, με πρόταση για ενεργειακή κοινότητα.",
        "Site visit and a study of output and cost of rooftop solar for homes, schools and"
            + " municipal buildings, with a proposal for an energy community.",
        "350.00",
        24,
        Unit.SESSION,
        "services/energy",
        Set.of());

    var request =
        desk.ask(
            Optional.of(buyer),
            new QuoteQuestion(
                catering.getId(),
                null,
                null,
                null,
                "Μπουφές για τη γιορτή λήξης του συλλόγου γονέων: κρύα πιάτα, πίτες, φρούτα και"
                    + " γλυκό, με νερό και χυμούς.",
                "Θεσσαλονίκη",
                "Παρασκευή 19 Ιουνίου, 19:00",
                "80 άτομα",
                new BigDecimal("1000"),
                BuyerKind.PERSON,
                buyer.name(),
                null,
                null,
                null,
                null,
                null),
            Locale.forLanguageTag("el"),
            null);
    desk.write(
        caterer,
        request.getId(),
        null,
        "Καλησπέρα σας! Θα υπάρχουν παιδιά με αλλεργίες ή άτομα που δεν τρώνε κρέας; Έτσι"
            + " προσαρμόζουμε το μενού.");
    desk.write(
        buyer,
        request.getId(),
        null,
        "Καλησπέρα! Περίπου 15 παιδιά δεν τρώνε κρέας και δύο έχουν αλλεργία στους ξηρούς"
            + " καρπούς.");
    desk.send(
        caterer,
        request.getId(),
        null,
        new QuoteDraft(
            List.of(
                new QuoteDraft.Line(
                    "Μπουφές (κρύα πιάτα, πίτες, φρούτα, γλυκό)",
                    new BigDecimal("80"),
                    "άτομα",
                    new BigDecimal("11.50"),
                    13),
                new QuoteDraft.Line(
                    "Σερβίρισμα και καθαριότητα χώρου",
                    new BigDecimal("3.5"),
                    "ώρες",
                    new BigDecimal("18.00"),
                    24)),
            LocalDate.now(QuoteDesk.ATHENS).plusDays(21),
            "Χορτοφαγικές μερίδες για 15 άτομα και γλυκό χωρίς ξηρούς καρπούς, χωρίς επιβάρυνση."));
  }

  private static Listing service(
      ListingService listings,
      SignedInUser member,
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      String price,
      int vatRate,
      Unit unit,
      String category,
      Set<Tag> tags) {
    return listings.create(
        member,
        null,
        new ListingDraft(
            ListingKind.SERVICE,
            titleEl,
            titleEn,
            descriptionEl,
            descriptionEn,
            new BigDecimal(price),
            vatRate,
            unit,
            null,
            category,
            tags,
            ListingStatus.ACTIVE),
        ServiceBooking.QUOTE);
  }
}
