package org.koinagora.catalog.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingImage;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.web.InlineJson;

/** schema.org JSON-LD of a product page for search engines: Product and its Offer. */
public final class StructuredData {

  private StructuredData() {}

  public static String product(Listing listing, Locale locale, String baseUrl) {
    JsonObjectBuilder offer =
        Json.createObjectBuilder()
            .add("@type", "Offer")
            .add("price", listing.getPrice().getAmount())
            .add("priceCurrency", "EUR")
            .add(
                "availability",
                listing.isSoldOut()
                    ? "https://schema.org/OutOfStock"
                    : "https://schema.org/InStock")
            .add("url", baseUrl + "/products/" + listing.getId())
            .add("seller", organizationRef(listing.getEnterprise(), baseUrl));
    var images = Json.createArrayBuilder();
    listing.getImages().stream()
        .map(ListingImage::getUrl)
        .forEach(url -> images.add(baseUrl + url));
    return script(
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", listing.getKind().name().equals("SERVICE") ? "Service" : "Product")
            .add("name", listing.title(locale))
            .add("description", listing.description(locale))
            .add("image", images)
            .add("category", listing.getCategory().name(locale))
            .add("offers", offer));
  }

  private static JsonObjectBuilder organizationRef(Enterprise enterprise, String baseUrl) {
    return Json.createObjectBuilder()
        .add("@type", "Organization")
        .add("name", enterprise.getName())
        .add("url", baseUrl + "/enterprises/" + enterprise.getId());
  }

  private static String script(JsonObjectBuilder json) {
    return InlineJson.of(json.build());
  }
}
