package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.function.Function;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/**
 * Open data on organisations: municipalities, regional authorities, support centres, partnerships.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject private OrganisationDirectory directory;
  @Context private HttpServletRequest request;

  @GET
  public OrganisationViews.OrganisationList list(
      @QueryParam("kind") String kind, @QueryParam("region") String region) {
    var items =
        directory
            .list(
                parse("kind", kind, OrganisationKind::valueOf),
                parse("region", region, Region::valueOf))
            .stream()
            .map(o -> OrganisationViews.item(o, locale()))
            .toList();
    return new OrganisationViews.OrganisationList(items.size(), items);
  }

  @GET
  @Path("{id}")
  public OrganisationViews.Detail one(@PathParam("id") long id) {
    return directory
        .one(id)
        .map(o -> OrganisationViews.detail(o, locale()))
        .orElseThrow(NotFoundException::new);
  }

  /**
   * Null for an absent or blank filter; 400 naming the field for a value that is not a constant.
   */
  static <E extends Enum<E>> E parse(String field, String value, Function<String, E> valueOf) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(field, "search.filter.unknown", value);
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
