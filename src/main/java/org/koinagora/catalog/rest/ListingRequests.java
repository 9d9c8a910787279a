package org.koinagora.catalog.rest;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Prices;
import org.koinagora.catalog.ServiceBooking;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.shared.InvalidInputException;

/** Reads a {@link ListingRequest} into a draft, naming the field of anything unreadable. */
final class ListingRequests {

  private ListingRequests() {}

  static ListingDraft toDraft(ListingRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    ListingKind kind = enumValue(ListingKind.class, request.kind(), "kind", ListingKind.PRODUCT);
    Set<Tag> tags = EnumSet.noneOf(Tag.class);
    if (request.tags() != null) {
      for (String slug : request.tags()) {
        tags.add(
            Tag.fromSlug(slug)
                .orElseThrow(() -> new InvalidInputException("tags", "listing.tag.unknown")));
      }
    }
    LocalizedText title = request.title() == null ? new LocalizedText(null, null) : request.title();
    LocalizedText description =
        request.description() == null ? new LocalizedText(null, null) : request.description();
    BigDecimal price = Prices.parse(request.price());
    return new ListingDraft(
        kind,
        title.el(),
        title.en(),
        description.el(),
        description.en(),
        price,
        request.vatRate(),
        enumValue(
            Unit.class,
            request.unit(),
            "unit",
            kind == ListingKind.SERVICE ? Unit.SESSION : Unit.PIECE),
        request.stock(),
        request.category(),
        tags,
        enumValue(ListingStatus.class, request.status(), "status", ListingStatus.DRAFT),
        request.organicBody(),
        request.organicCertificate(),
        request.weightGrams());
  }

  /** A service's {@code booking} (NONE, SLOTS, QUOTE); null when not given (left as it is). */
  static ServiceBooking booking(ListingRequest request) {
    return request == null || request.booking() == null
        ? null
        : enumValue(ServiceBooking.class, request.booking(), "booking", ServiceBooking.NONE);
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, String field, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "listing." + field + ".unknown");
    }
  }
}
