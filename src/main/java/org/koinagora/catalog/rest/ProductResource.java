package org.koinagora.catalog.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.koinagora.catalog.Catalog;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/** One public product or service. */
@Path("products/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject private Catalog catalog;
  @Context private HttpServletRequest request;

  @GET
  public ProductView one(@PathParam("id") long id) {
    return catalog
        .publicListing(id)
        .map(listing -> ProductView.of(listing, Language.of(request).locale()))
        .orElseThrow(NotFoundException::new);
  }
}
