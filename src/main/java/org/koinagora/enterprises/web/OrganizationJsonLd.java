package org.koinagora.enterprises.web;

import jakarta.json.Json;
import java.util.Locale;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.web.InlineJson;

/** schema.org Organization JSON-LD of an enterprise's public page, for search engines. */
final class OrganizationJsonLd {

  private OrganizationJsonLd() {}

  static String of(Enterprise enterprise, Locale locale, String baseUrl) {
    return InlineJson.of(
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Organization")
            .add("name", enterprise.getName())
            .add("url", baseUrl + "/enterprises/" + enterprise.getId())
            .add("description", enterprise.description(locale))
            .add("email", enterprise.getContactEmail())
            .add("vatID", "EL" + enterprise.getVatNumber())
            .add(
                "address",
                Json.createObjectBuilder()
                    .add("@type", "PostalAddress")
                    .add("addressLocality", enterprise.getMunicipality())
                    .add("addressCountry", "GR"))
            .build());
  }
}
