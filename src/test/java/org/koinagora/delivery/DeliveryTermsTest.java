package org.koinagora.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;

class DeliveryTermsTest {

  private static DeliveryRate rate(DeliveryZone zone, Integer grams, String amount) {
    return new DeliveryRate(zone, grams, Money.euros(amount));
  }

  private static DeliveryTerms terms(Money freeAbove, Money minimum, DeliveryRate... rates) {
    DeliveryTerms terms = new DeliveryTerms(1);
    terms.set(new DeliveryDraft(freeAbove, minimum, List.of(rates)), Instant.now());
    return terms;
  }

  @Test
  void postcodesTellIslandsAndRegions() {
    assertFalse(Postcodes.isIsland("105 58")); // Athens
    assertTrue(Postcodes.isIsland("71202")); // Heraklion
    assertTrue(Postcodes.isIsland("84700")); // Santorini
    assertTrue(Postcodes.isIsland("49100")); // Corfu
    assertTrue(Postcodes.isIsland("18010")); // Aegina, inside Attica's 18
    assertFalse(Postcodes.isIsland("18030")); // Methana, on the mainland
    assertFalse(Postcodes.isIsland("34100")); // Chalkida: Evia is bridged
    assertTrue(Postcodes.isIsland("64004")); // Thasos
    assertFalse(Postcodes.isIsland("abc"));
    assertEquals(Optional.of(Region.ATTICA), Postcodes.regionOf("10558"));
    assertEquals(Optional.of(Region.CENTRAL_MACEDONIA), Postcodes.regionOf("546 21"));
    assertEquals(Optional.of(Region.CRETE), Postcodes.regionOf("71202"));
    assertEquals(Optional.of(Region.NORTH_AEGEAN), Postcodes.regionOf("82100"));
    assertEquals(Optional.empty(), Postcodes.regionOf("99999"));
  }

  @Test
  void ownRegionFirstThenIslandsOrMainland() {
    DeliveryTerms terms =
        terms(
            null,
            null,
            rate(DeliveryZone.OWN_REGION, null, "3.00"),
            rate(DeliveryZone.MAINLAND, null, "5.00"),
            rate(DeliveryZone.ISLANDS, null, "8.00"));
    Money goods = Money.euros("20");
    var home = terms.quote(Region.CENTRAL_MACEDONIA, "54621", goods, OptionalInt.empty());
    assertEquals(DeliveryZone.OWN_REGION, home.zone());
    assertEquals(Money.euros("3.00"), home.amount());
    assertEquals(
        Money.euros("5.00"),
        terms.quote(Region.CENTRAL_MACEDONIA, "10558", goods, OptionalInt.empty()).amount());
    assertEquals(
        Money.euros("8.00"),
        terms.quote(Region.CENTRAL_MACEDONIA, "84700", goods, OptionalInt.empty()).amount());
  }

  @Test
  void anIslandOfAMainlandRegionIsPricedAsAnIsland() {
    DeliveryTerms terms =
        terms(
            null,
            null,
            rate(DeliveryZone.OWN_REGION, null, "3.00"),
            rate(DeliveryZone.ISLANDS, null, "8.00"));
    Money goods = Money.euros("20");
    assertEquals(
        DeliveryZone.ISLANDS,
        terms.quote(Region.ATTICA, "18010", goods, OptionalInt.empty()).zone(),
        "Aegina from Athens crosses the sea");
    assertEquals(
        DeliveryZone.OWN_REGION,
        terms.quote(Region.CRETE, "73100", goods, OptionalInt.empty()).zone(),
        "Chania from Heraklion stays on the island");
  }

  @Test
  void withoutAnOwnRegionRateTheRegionIsPricedAsItsZone() {
    DeliveryTerms terms = terms(null, null, rate(DeliveryZone.MAINLAND, null, "5.00"));
    var quote = terms.quote(Region.ATTICA, "10558", Money.euros("20"), OptionalInt.empty());
    assertEquals(DeliveryZone.MAINLAND, quote.zone());
    var island = terms.quote(Region.ATTICA, "71202", Money.euros("20"), OptionalInt.empty());
    assertEquals(DeliveryQuote.Refusal.ZONE_NOT_SERVED, island.refusal());
  }

  @Test
  void weightBandsFreeAboveAndMinimum() {
    DeliveryTerms terms =
        terms(
            Money.euros("40"),
            Money.euros("10"),
            rate(DeliveryZone.MAINLAND, 2000, "4.50"),
            rate(DeliveryZone.MAINLAND, 500, "3.00"),
            rate(DeliveryZone.ISLANDS, 1000, "6.00"));
    Money goods = Money.euros("20");
    assertEquals(
        Money.euros("3.00"), terms.quote(null, "10558", goods, OptionalInt.of(500)).amount());
    assertEquals(
        Money.euros("4.50"), terms.quote(null, "10558", goods, OptionalInt.of(501)).amount());
    assertEquals(
        DeliveryQuote.Refusal.TOO_HEAVY,
        terms.quote(null, "10558", goods, OptionalInt.of(2001)).refusal());
    // an unknown weight takes the heaviest band
    assertEquals(
        Money.euros("4.50"), terms.quote(null, "10558", goods, OptionalInt.empty()).amount());
    assertTrue(
        terms.quote(null, "10558", Money.euros("40.00"), OptionalInt.of(900)).amount().isZero());
    assertTrue(terms.belowMinimum(Money.euros("9.99")));
    assertFalse(terms.belowMinimum(Money.euros("10.00")));
  }

  @Test
  void termsWithoutRatesDoNotDeliver() {
    DeliveryTerms terms = terms(null, null);
    assertEquals(
        DeliveryQuote.Refusal.NOT_OFFERED,
        terms.quote(null, "10558", Money.euros("5"), OptionalInt.empty()).refusal());
  }

  @Test
  void draftsAreChecked() {
    var twice =
        new DeliveryDraft(
            null,
            null,
            List.of(
                rate(DeliveryZone.MAINLAND, null, "4.00"),
                rate(DeliveryZone.MAINLAND, null, "5.00")));
    var refused = assertThrows(InvalidInputException.class, () -> DeliveryService.check(twice));
    assertEquals("rates[1].upToGrams", refused.field());
    var negative =
        new DeliveryDraft(null, null, List.of(rate(DeliveryZone.MAINLAND, null, "-1.00")));
    assertEquals(
        "rates[0].amount",
        assertThrows(InvalidInputException.class, () -> DeliveryService.check(negative)).field());
    var heavy = new DeliveryDraft(null, null, List.of(rate(DeliveryZone.ISLANDS, 200_000, "1.00")));
    assertEquals(
        "rates[0].upToGrams",
        assertThrows(InvalidInputException.class, () -> DeliveryService.check(heavy)).field());
  }
}
