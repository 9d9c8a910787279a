package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.shared.InvalidInputException;

/** The seller's details as shown, and the organic tag's certificate rule. */
class SellerDetailsTest {

  private static Enterprise enterprise(String street, String postcode, String city) {
    return new Enterprise(
        new EnterpriseProfile(
            "Βότανα",
            LegalForm.KOINSEP,
            "Κ-1",
            "090123451",
            Region.CRETE,
            "Χανιά",
            "Περιγραφή",
            null,
            "Αποτύπωμα",
            null,
            "a@example.org",
            null,
            null,
            null,
            null,
            "123456789",
            street,
            postcode,
            city,
            null,
            null,
            null,
            null),
        1L);
  }

  @Test
  void theAddressIsOneLineWithTheGreekPostcodeSpacing() {
    assertEquals(
        "Χάληδων 12, 731 31 Χανιά", enterprise("Χάληδων 12", "73131", "Χανιά").postalAddress());
    assertEquals("Χάληδων 12, Χανιά", enterprise("Χάληδων 12", "", "Χανιά").postalAddress());
    assertNull(enterprise(" ", "73131", "Χανιά").postalAddress());
  }

  @Test
  void withoutALegalNameOrAPolicyTheNameAndTheLegalFourteenDaysAreShown() {
    var e = enterprise(null, null, null);
    assertEquals("Βότανα", e.legalNameOrName());
    assertNull(e.terms(Locale.ENGLISH));
    assertTrue(SellerIdentity.returnsPolicy(e, Locale.ENGLISH).contains("14 days"));
  }

  private static ListingDraft organic(String body, String certificate) {
    return new ListingDraft(
        ListingKind.PRODUCT,
        "Λάδι",
        null,
        "Λάδι.",
        null,
        new BigDecimal("9.00"),
        13,
        Unit.PIECE,
        null,
        "food/olive-oil",
        Set.of(Tag.ORGANIC),
        ListingStatus.ACTIVE,
        body,
        certificate);
  }

  @Test
  void theOrganicTagNamesWhatItLacks() {
    assertEquals(
        "organicBody",
        assertThrows(
                InvalidInputException.class,
                () -> organic(" ", "Β-1").requireCertificationWhereOrganic())
            .field());
    assertEquals(
        "organicCertificate",
        assertThrows(
                InvalidInputException.class,
                () -> organic("GR-BIO-03", null).requireCertificationWhereOrganic())
            .field());
    organic("GR-BIO-03", "Β-1").requireCertificationWhereOrganic();
  }
}
