package org.koinagora.search.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.search.SearchParameters;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;
import org.koinagora.search.SearchService;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Language;

/** {@code GET /api/v1/products}: the public catalog searched with Lucene, as DESIGN.md gives it. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductSearchResource {

  /**
   * One result: the item fields of DESIGN.md ({@code available} is null when unlimited, and said
   * so).
   */
  @JsonbNillable
  public record Item(
      long id,
      String title,
      String kind,
      Money price,
      EnterpriseRef enterprise,
      String category,
      List<String> tags,
      String region,
      Integer available,
      String url) {}

  /** A page of results with facet counts; {@code didYouMean} only when nothing matched. */
  public record Page(
      long total,
      int page,
      int size,
      List<Item> items,
      Map<String, Map<String, Integer>> facets,
      String didYouMean) {}

  @Inject private SearchService search;
  @Inject private SearchAnswers answers;
  @Inject private Categories categories;
  @Context private HttpServletRequest request;

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("category") List<String> category,
      @QueryParam("region") List<String> region,
      @QueryParam("tag") List<String> tag,
      @QueryParam("kind") List<String> kind,
      @QueryParam("legalForm") List<String> legalForm,
      @QueryParam("enterprise") String enterprise,
      @QueryParam("minPrice") String minPrice,
      @QueryParam("maxPrice") String maxPrice,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("booking") List<String> booking) {
    boolean english = Language.of(request) == Language.EN;
    var raw =
        new SearchParameters.Raw(
            q,
            category,
            region,
            tag,
            kind,
            legalForm,
            enterprise,
            minPrice,
            maxPrice,
            sort,
            page,
            size,
            english,
            booking);
    SearchRequest parsed = SearchParameters.read(raw, categories);
    String key = SearchAnswers.key(Language.of(request).code(), request.getQueryString());
    return Response.ok(
            answers.json(key, () -> page(search.search(parsed, false))),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static Page page(SearchResults results) {
    List<Item> items =
        results.hits().stream()
            .map(
                hit ->
                    new Item(
                        hit.id(),
                        hit.title(),
                        hit.kind(),
                        hit.price(),
                        new EnterpriseRef(hit.enterpriseId(), hit.enterpriseName()),
                        hit.category(),
                        hit.tags(),
                        hit.region(),
                        hit.available(),
                        "/products/" + hit.id()))
            .toList();
    return new Page(
        results.total(),
        results.page(),
        results.size(),
        items,
        results.facets(),
        results.didYouMean());
  }
}
