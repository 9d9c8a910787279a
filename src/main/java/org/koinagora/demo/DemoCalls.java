package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.calls.AwardTerms;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDraft;
import org.koinagora.calls.CallQuestion;
import org.koinagora.calls.Calls;
import org.koinagora.calls.EligibilityFacts;
import org.koinagora.calls.EligibilityService;
import org.koinagora.calls.KoinsepKind;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;

/**
 * Calls reserved for social enterprises, written through the services: the facts for reserved
 * contracts of four enterprises, an open call of each demo municipality (with a published question
 * and sealed offers), and one awarded call of Heraklion, whose deadlines are moved into the past
 * (the one step not taken through a service) before the award.
 */
final class DemoCalls {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  private DemoCalls() {}

  static void load(
      EntityManager em,
      Calls calls,
      Offers offers,
      EligibilityService eligibility,
      List<Organisation> organisations,
      Map<String, SignedInUser> members) {
    SignedInUser elaionas = members.get("enterprise2@demo.koinagora.org");
    SignedInUser artopoieio = members.get("enterprise3@demo.koinagora.org");
    SignedInUser mastixa = members.get("enterprise8@demo.koinagora.org");
    SignedInUser votana = members.get("enterprise11@demo.koinagora.org");
    LocalDate today = LocalDate.now();
    declare(
        em,
        eligibility,
        elaionas,
        KoinsepKind.INTEGRATION_VULNERABLE,
        "102345",
        "42",
        today.minusMonths(2));
    declare(em, eligibility, artopoieio, null, "100871", "45", today.minusMonths(4));
    declare(em, eligibility, mastixa, KoinsepKind.COLLECTIVE_BENEFIT, "104410", null, null);
    declare(
        em,
        eligibility,
        votana,
        KoinsepKind.INTEGRATION_VULNERABLE,
        "103377",
        "35",
        today.minusMonths(1));

    SignedInUser thessaloniki = staff(em, organisations, Region.CENTRAL_MACEDONIA);
    SignedInUser heraklion = staff(em, organisations, Region.CRETE);
    Instant now = Instant.now();

    Call cleaning =
        calls.create(
            thessaloniki,
            null,
            draft(
                "Καθαρισμός δημοτικών σχολείων της Τούμπας",
                "Cleaning of the primary schools of Toumba",
                "Καθημερινός καθαρισμός έξι δημοτικών σχολείων (περίπου 9.500 m²) για το σχολικό"
                    + " έτος, με οικολογικά υλικά. Σύμβαση προορισμένη για κοινωνικές επιχειρήσεις"
                    + " ένταξης (ν. 4412/2016 άρθρο 20).",
                "Daily cleaning of six primary schools (about 9,500 m²) for the school year, with"
                    + " green products. A contract reserved for integration social enterprises"
                    + " (law 4412/2016 art. 20).",
                "services/cleaning",
                EnumSet.noneOf(Region.class),
                EnumSet.of(LegalForm.KOINSEP, LegalForm.KOISPE),
                EnumSet.noneOf(KoinsepKind.class),
                true,
                "30",
                "48000.00",
                now.plus(Duration.ofDays(12)),
                now.plus(Duration.ofDays(24))));
    calls.publish(thessaloniki, cleaning.getId());
    CallQuestion question =
        calls.ask(
            elaionas,
            cleaning.getId(),
            enterprise(em, elaionas),
            "Τα υλικά καθαρισμού τα διαθέτει ο δήμος ή ο ανάδοχος;");
    calls.answer(
        thessaloniki,
        cleaning.getId(),
        question.getId(),
        "Τα διαθέτει ο ανάδοχος· ο δήμος δίνει χώρο αποθήκευσης σε κάθε σχολείο.");
    offers.submit(
        elaionas,
        cleaning.getId(),
        null,
        new BigDecimal("45600.00"),
        "Έξι άτομα, δύο βάρδιες, πιστοποιημένα οικολογικά υλικά.",
        List.of(),
        GREEK);

    Call greens =
        calls.create(
            heraklion,
            null,
            draft(
                "Συντήρηση πρασίνου σε σχολικές αυλές του Ηρακλείου",
                "Upkeep of green spaces in Heraklion school yards",
                "Κλάδεμα, πότισμα και φύτευση σε 14 σχολικές αυλές για δώδεκα μήνες, με τη"
                    + " συμμετοχή μαθητών σε δύο εργαστήρια κηπουρικής.",
                "Pruning, watering and planting in 14 school yards for twelve months, with two"
                    + " gardening workshops for the pupils.",
                "services/green-recycling",
                EnumSet.of(Region.CRETE),
                EnumSet.of(LegalForm.KOINSEP, LegalForm.KOISPE, LegalForm.WORKER_COOPERATIVE),
                EnumSet.noneOf(KoinsepKind.class),
                false,
                null,
                "22000.00",
                now.plus(Duration.ofDays(8)),
                now.plus(Duration.ofDays(15))));
    calls.publish(heraklion, greens.getId());
    offers.submit(
        votana,
        greens.getId(),
        null,
        new BigDecimal("19800.00"),
        "Δύο κηπουροί και ένας γεωπόνος.",
        List.of(),
        GREEK);

    Call catering =
        calls.create(
            heraklion,
            null,
            draft(
                "Σίτιση στις καλοκαιρινές κατασκηνώσεις του δήμου",
                "Meals at the municipality's summer camps",
                "Πρωινό και μεσημεριανό για 120 παιδιά επί 40 ημέρες, με τοπικά προϊόντα.",
                "Breakfast and lunch for 120 children over 40 days, with local produce.",
                "services/catering",
                EnumSet.of(Region.CRETE),
                EnumSet.of(LegalForm.KOINSEP, LegalForm.KOISPE),
                EnumSet.noneOf(KoinsepKind.class),
                false,
                "30",
                "30000.00",
                now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2))));
    calls.publish(heraklion, catering.getId());
    var winner =
        offers.submit(
            votana,
            catering.getId(),
            null,
            new BigDecimal("27450.00"),
            "Μαγειρεμένο φαγητό κάθε μέρα από την κουζίνα μας στα Χανιά.",
            List.of(),
            GREEK);
    offers.submit(
        elaionas,
        catering.getId(),
        null,
        new BigDecimal("28900.00"),
        "Μενού με ελαιόλαδο και όσπρια της Μεσσηνίας.",
        List.of(),
        GREEK);
    // the demo's past: this call's deadlines passed three weeks ago
    em.flush();
    em.createNativeQuery(
            "UPDATE reserved_call SET question_deadline = question_deadline - INTERVAL 22 DAY,"
                + " offer_deadline = offer_deadline - INTERVAL 21 DAY WHERE id = ?1")
        .setParameter(1, catering.getId())
        .executeUpdate();
    em.refresh(catering);
    calls.award(
        heraklion,
        catering.getId(),
        winner.opened().offer().getId(),
        "Η χαμηλότερη τιμή, με μενού από τοπικά προϊόντα και πλήρη κάλυψη των 40 ημερών.",
        new AwardTerms("997050014", "Α' Ηρακλείου", "ΑΔΑ-Ψ4Κ7ΩΗ1-Δ3Ε", 13));
  }

  private static void declare(
      EntityManager em,
      EligibilityService eligibility,
      SignedInUser member,
      KoinsepKind kind,
      String gemko,
      String share,
      LocalDate declaredOn) {
    eligibility.declare(
        member,
        enterprise(em, member).getId(),
        new EligibilityFacts(
            kind, gemko, share == null ? null : new BigDecimal(share), declaredOn));
  }

  private static Enterprise enterprise(EntityManager em, SignedInUser member) {
    return em.createNamedQuery("Enterprise.findByMember", Enterprise.class)
        .setParameter("member", member.id())
        .getResultList()
        .get(0);
  }

  private static SignedInUser staff(
      EntityManager em, List<Organisation> organisations, Region region) {
    Organisation municipality =
        organisations.stream()
            .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY && o.getRegion() == region)
            .findFirst()
            .orElseThrow();
    UserAccount account = em.find(UserAccount.class, municipality.staffIds().iterator().next());
    return new SignedInUser(
        account.getId(), account.getEmail(), account.getName(), Set.of(Role.MUNICIPALITY));
  }

  private static CallDraft draft(
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      String category,
      Set<Region> regions,
      Set<LegalForm> forms,
      Set<KoinsepKind> kinds,
      boolean gemko,
      String minShare,
      String budget,
      Instant questions,
      Instant offers) {
    return new CallDraft(
        titleEl,
        titleEn,
        descriptionEl,
        descriptionEn,
        category,
        regions,
        forms,
        kinds,
        gemko,
        minShare == null ? null : new BigDecimal(minShare),
        12,
        new BigDecimal(budget),
        questions,
        offers);
  }
}
