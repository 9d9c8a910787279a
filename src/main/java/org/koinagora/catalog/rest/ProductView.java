package org.koinagora.catalog.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Locale;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingImage;
import org.koinagora.catalog.Tag;
import org.koinagora.shared.Money;

/**
 * A listing as the API shows it: the item fields of DESIGN.md plus the details (description,
 * images, unit, VAT rate, a product's shipping weight in grams) and, for its own members, the
 * status.
 */
public record ProductView(
    long id,
    String title,
    String kind,
    Money price,
    EnterpriseRef enterprise,
    String category,
    List<String> tags,
    String region,
    Integer available,
    String url,
    String description,
    List<String> images,
    String unit,
    int vatRate,
    String status,
    String booking,
    Organic organic,
    @JsonbNillable Integer weightGrams) {

  /** The organic certification (EU 2018/848) of a listing tagged organic. */
  public record Organic(String body, String certificate) {}

  static ProductView of(Listing listing, Locale locale) {
    return new ProductView(
        listing.getId(),
        listing.title(locale),
        listing.getKind().name(),
        listing.getPrice(),
        new EnterpriseRef(listing.getEnterprise().getId(), listing.getEnterprise().getName()),
        listing.getCategory().getPath(),
        listing.getTags().stream().map(Tag::slug).sorted().toList(),
        listing.getEnterprise().getRegion().name(),
        listing.getStock(),
        "/products/" + listing.getId(),
        listing.description(locale),
        listing.getImages().stream().map(ListingImage::getUrl).toList(),
        listing.getUnit().name(),
        listing.getVatRate(),
        listing.getStatus().name(),
        listing.getServiceBooking().name(),
        listing.getOrganicBody() == null
            ? null
            : new Organic(listing.getOrganicBody(), listing.getOrganicCertificate()),
        listing.getWeightGrams());
  }
}
