package org.koinagora.checkout.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.checkout.SalesCsv;
import org.koinagora.checkout.SalesService;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/me/sales}: an enterprise's parts of orders — listed, moved on, exported as CSV.
 */
@Path("me/sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesResource {

  @Inject private PartDocuments documents;
  @Inject private SalesService sales;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  /**
   * The caller's enterprises' parts of orders; with {@code ?enterprise=}, that one's (theirs, or
   * one that delegated access to their support centre).
   */
  @GET
  public List<OrderViews.SaleView> mine(@QueryParam("enterprise") Long enterprise) {
    Locale locale = Language.of(request).locale();
    var user = currentUser.require();
    return (enterprise == null ? sales.ofMember(user) : sales.ofEnterprise(user, enterprise))
        .stream().map(part -> OrderViews.sale(part, locale, documents)).toList();
  }

  /** {@code paid} (MANUAL), {@code shipped}, {@code ready}, {@code picked-up}, {@code refunded}. */
  @POST
  @Path("{id}/{step}")
  public OrderViews.SaleView move(@PathParam("id") long id, @PathParam("step") String step) {
    SalesService.Step next;
    try {
      next = SalesService.Step.valueOf(step.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("step", "order.step.unknown", step);
    }
    return OrderViews.sale(
        sales.move(currentUser.require(), id, next), Language.of(request).locale(), documents);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv(@QueryParam("enterprise") Long enterprise) {
    var user = currentUser.require();
    var parts = enterprise == null ? sales.ofMember(user) : sales.exportOf(user, enterprise);
    return Response.ok(SalesCsv.of(parts, Language.of(request).locale()))
        .header("Content-Disposition", "attachment; filename=\"orders.csv\"")
        .build();
  }
}
