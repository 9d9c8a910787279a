package org.koinagora.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;

class DemoOrganisationsTest {

  @Test
  void theDemoHasTwoMunicipalitiesASupportCentreAndAPartnershipWithStaffAndARegionalAuthority() {
    List<JsonObject> all =
        DemoLoader.read().getJsonArray("organisations").getValuesAs(JsonObject.class);
    List<Organisation> organisations = all.stream().map(DemoLoader::organisation).toList();
    assertEquals(
        List.of(
            OrganisationKind.MUNICIPALITY,
            OrganisationKind.MUNICIPALITY,
            OrganisationKind.SUPPORT_CENTRE,
            OrganisationKind.REGIONAL_AUTHORITY,
            OrganisationKind.PARTNERSHIP),
        organisations.stream().map(Organisation::getKind).toList());
    assertEquals(
        List.of(true, true, true, false, true),
        all.stream().map(o -> o.containsKey("staff")).toList(),
        "the municipalities, the support centre and the partnership have staff");
    assertEquals("Δήμος Θεσσαλονίκης", organisations.get(0).getName(), "the first demo organiser");
    assertEquals("Κέντρο Στήριξης Κ.ΑΛ.Ο. Κεντρικής Μακεδονίας", organisations.get(2).getName());
    assertEquals(Region.CENTRAL_MACEDONIA, organisations.get(3).getRegion());
    for (Organisation o : organisations) {
      assertNotNull(o.description(Locale.ENGLISH), o.getName());
      assertFalse(
          o.description(Locale.ENGLISH).equals(o.description(Locale.forLanguageTag("el"))),
          o.getName() + " has an English description");
      assertFalse(o.getOffers().isEmpty(), o.getName());
    }
  }
}
