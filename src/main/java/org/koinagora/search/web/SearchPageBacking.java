package org.koinagora.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.search.SearchParameters;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;
import org.koinagora.search.SearchService;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/**
 * /search: results with marked matches, facet checkboxes with counts, sort, pages, "did you mean".
 */
@Named("searchPage")
@RequestScoped
public class SearchPageBacking {

  /** The header's search box (a PrimeFaces AutoComplete) sends its words under this name. */
  private static final String HEADER_BOX = "q_input";

  static final List<String> FILTERS = List.of("category", "region", "tag", "kind", "legalForm");

  /** One checkbox of a facet. */
  public record Choice(String parameter, String value, String label, int count, boolean checked) {}

  /** A facet: its heading and choices. */
  public record Facet(String parameter, String heading, List<Choice> choices) {}

  @Inject private SearchService search;
  @Inject private Categories categories;

  private SearchRequest request;
  private SearchResults results;
  private String error;

  public void load() {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    var raw =
        new SearchParameters.Raw(
            Optional.ofNullable(one(parameters, "q")).orElse(one(parameters, HEADER_BOX)),
            many(parameters, "category"),
            many(parameters, "region"),
            many(parameters, "tag"),
            many(parameters, "kind"),
            many(parameters, "legalForm"),
            one(parameters, "enterprise"),
            one(parameters, "minPrice"),
            one(parameters, "maxPrice"),
            one(parameters, "sort"),
            one(parameters, "page"),
            null,
            english());
    try {
      request = SearchParameters.read(raw, categories);
    } catch (InvalidInputException refused) {
      error =
          "q".equals(refused.field())
              ? Texts.get(locale(), "search.q.shortened", SearchParameters.MAX_WORDS)
              : Texts.get(locale(), refused.messageKey(), refused.arguments());
      // a query too long is searched by its first words; a filter that cannot be right is left out
      request =
          "q".equals(refused.field())
              ? readOrJustTheWords(
                  new SearchParameters.Raw(
                      SearchParameters.shortened(raw.q()),
                      raw.category(),
                      raw.region(),
                      raw.tag(),
                      raw.kind(),
                      raw.legalForm(),
                      raw.enterprise(),
                      raw.minPrice(),
                      raw.maxPrice(),
                      raw.sort(),
                      raw.page(),
                      raw.size(),
                      raw.english()))
              : readOrJustTheWords(raw);
    }
    results = search.search(request, true);
  }

  private SearchRequest readOrJustTheWords(SearchParameters.Raw raw) {
    try {
      return SearchParameters.read(raw, categories);
    } catch (InvalidInputException refused) {
      var justTheWords =
          new SearchParameters.Raw(
              SearchParameters.shortened(raw.q()),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              english());
      return SearchParameters.read(justTheWords, categories);
    }
  }

  private static String one(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static List<String> many(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null ? List.of() : Arrays.asList(values);
  }

  private boolean english() {
    return Language.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        == Language.EN;
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public SearchResults getResults() {
    return results;
  }

  public String getQuery() {
    return request.text();
  }

  public String getError() {
    return error;
  }

  public String getSort() {
    return switch (request.sort()) {
      case PRICE_UP -> "price-asc";
      case PRICE_DOWN -> "price-desc";
      case NEWEST -> "newest";
      case RELEVANCE -> "relevance";
    };
  }

  public String getMinPrice() {
    return request.minPrice() == null ? "" : request.minPrice().toPlainString();
  }

  public String getMaxPrice() {
    return request.maxPrice() == null ? "" : request.maxPrice().toPlainString();
  }

  public List<Facet> getFacets() {
    List<Facet> facets = new ArrayList<>();
    for (String parameter : FILTERS) {
      List<String> selected = selected(parameter);
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
        facets.add(new Facet(parameter, Texts.get(locale(), "search.facet." + parameter), choices));
      }
    }
    return facets;
  }

  private List<String> selected(String parameter) {
    return switch (parameter) {
      case "category" -> request.categories();
      case "region" -> request.regions();
      case "tag" -> request.tags();
      case "kind" -> request.kinds();
      default -> request.legalForms();
    };
  }

  private String label(String parameter, String value) {
    return switch (parameter) {
      case "category" -> categories.byPath(value).map(this::categoryLabel).orElse(value);
      case "region" -> Texts.get(locale(), "Region." + value);
      case "tag" -> Texts.get(locale(), "Tag." + value.toUpperCase(Locale.ROOT).replace('-', '_'));
      case "kind" -> Texts.get(locale(), "ListingKind." + value);
      default -> Texts.get(locale(), "LegalForm." + value);
    };
  }

  private String categoryLabel(Category category) {
    String name = category.name(locale());
    return category.getParent() == null ? name : category.getParent().name(locale()) + " › " + name;
  }

  public boolean isHasPrevious() {
    return request.page() > 1;
  }

  public boolean isHasNext() {
    return (long) request.page() * request.size() < results.total();
  }

  public long getPageCount() {
    return Math.max(1, (results.total() + request.size() - 1) / request.size());
  }

  public String getPreviousUrl() {
    return url(request.text(), request.page() - 1);
  }

  public String getNextUrl() {
    return url(request.text(), request.page() + 1);
  }

  public String getDidYouMeanUrl() {
    return url(results.didYouMean(), 1);
  }

  /** This search with another text or page, keeping filters and sort. */
  private String url(String text, int page) {
    var url = new StringBuilder("/search?q=").append(encode(text));
    for (String parameter : FILTERS) {
      selected(parameter)
          .forEach(value -> url.append('&').append(parameter).append('=').append(encode(value)));
    }
    if (request.minPrice() != null) {
      url.append("&minPrice=").append(request.minPrice().toPlainString());
    }
    if (request.maxPrice() != null) {
      url.append("&maxPrice=").append(request.maxPrice().toPlainString());
    }
    url.append("&sort=").append(getSort());
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
  }
}
