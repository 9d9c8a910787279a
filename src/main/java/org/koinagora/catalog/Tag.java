package org.koinagora.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed tags of the catalog, named in the API by their slug ({@code fair-trade}). */
public enum Tag {
  ORGANIC,
  LOCAL,
  HANDMADE,
  FAIR_TRADE,
  VEGAN,
  ZERO_WASTE,
  GLUTEN_FREE,
  RECYCLED,
  INCLUSIVE;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Tag> fromSlug(String slug) {
    return Arrays.stream(values()).filter(tag -> tag.slug().equals(slug)).findFirst();
  }
}
