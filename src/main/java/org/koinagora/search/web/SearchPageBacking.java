package org.koinagora.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.koinagora.catalog.Categories;
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
            english(),
            many(parameters, "booking"));
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
                      raw.english(),
                      raw.booking()))
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
              english(),
              null);
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
    return SearchLinks.sort(request);
  }

  public String getMinPrice() {
    return request.minPrice() == null ? "" : request.minPrice().toPlainString();
  }

  public String getMaxPrice() {
    return request.maxPrice() == null ? "" : request.maxPrice().toPlainString();
  }

  public List<SearchFacets.Facet> getFacets() {
    return new SearchFacets(request, categories, locale()).of(results);
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
    return SearchLinks.url(request, request.text(), request.page() - 1);
  }

  public String getNextUrl() {
    return SearchLinks.url(request, request.text(), request.page() + 1);
  }

  public String getDidYouMeanUrl() {
    return SearchLinks.url(request, results.didYouMean(), 1);
  }
}
