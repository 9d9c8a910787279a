package org.koinagora.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koinagora.catalog.Categories;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;
import org.koinagora.shared.i18n.Texts;

/** The facet checkboxes of /search: each filter's values with counts, the chosen ones checked. */
public final class SearchFacets {

  static final List<String> FILTERS =
      List.of("category", "region", "tag", "kind", "booking", "legalForm");

  /** One checkbox of a facet. */
  public record Choice(String parameter, String value, String label, int count, boolean checked) {}

  /** A facet: its heading and choices. */
  public record Facet(String parameter, String heading, List<Choice> choices) {}

  private final SearchRequest request;
  private final Categories categories;
  private final Locale locale;

  SearchFacets(SearchRequest request, Categories categories, Locale locale) {
    this.request = request;
    this.categories = categories;
    this.locale = locale;
  }

  List<Facet> of(SearchResults results) {
    List<Facet> facets = new ArrayList<>();
    for (String parameter : FILTERS) {
      List<String> selected = selected(request, parameter);
      List<Choice> choices = new ArrayList<>();
      Map<String, Integer> counts = results.facets().getOrDefault(parameter, Map.of());
      counts.forEach(
          (value, count) ->
              choices.add(
                  new Choice(
                      parameter, value, label(parameter, value), count, selected.contains(value))));
      for (String value : selected) {
        if (!counts.containsKey(value)) {
          choices.add(new Choice(parameter, value, label(parameter, value), 0, true));
        }
      }
      if (!choices.isEmpty()) {
        facets.add(new Facet(parameter, Texts.get(locale, "search.facet." + parameter), choices));
      }
    }
    return facets;
  }

  /** The values of one filter the request asks for. */
  static List<String> selected(SearchRequest request, String parameter) {
    return switch (parameter) {
      case "category" -> request.categories();
      case "region" -> request.regions();
      case "tag" -> request.tags();
      case "kind" -> request.kinds();
      case "booking" -> request.bookings();
      default -> request.legalForms();
    };
  }

  private String label(String parameter, String value) {
    return switch (parameter) {
      case "category" -> categories.byPath(value).map(c -> c.label(locale)).orElse(value);
      case "region" -> Texts.get(locale, "Region." + value);
      case "tag" -> Texts.get(locale, "Tag." + value.toUpperCase(Locale.ROOT).replace('-', '_'));
      case "kind" -> Texts.get(locale, "ListingKind." + value);
      case "booking" -> Texts.get(locale, "ServiceBooking." + value);
      default -> Texts.get(locale, "LegalForm." + value);
    };
  }
}
