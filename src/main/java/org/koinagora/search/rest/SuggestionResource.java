package org.koinagora.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.koinagora.search.SearchService;
import org.koinagora.shared.i18n.Language;

/**
 * {@code GET /api/v1/products/suggestions?query=}: listing titles for what is being typed, in the
 * shape PrimeFaces AutoComplete reads from its {@code completeEndpoint} (the header search box), so
 * suggesting needs no form post and no session.
 */
@Path("products/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuggestionResource {

  private static final int MAX = 8;

  /** One suggestion: what goes into the box, and what is shown. */
  public record Suggestion(String value, String label) {}

  public record Suggestions(List<Suggestion> suggestions, boolean moreAvailable) {}

  @Inject private SearchService search;
  @Context private HttpServletRequest request;

  @GET
  public Suggestions suggest(@QueryParam("query") String query) {
    if (query == null || query.strip().length() < 2 || query.length() > 100) {
      return new Suggestions(List.of(), false);
    }
    List<Suggestion> titles =
        search.complete(query, Language.of(request) == Language.EN, MAX).stream()
            .map(title -> new Suggestion(title, title))
            .toList();
    return new Suggestions(titles, false);
  }
}
