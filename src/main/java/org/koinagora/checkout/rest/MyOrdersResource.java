package org.koinagora.checkout.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.shared.i18n.Language;

/** {@code GET /api/v1/me/orders}: the caller's orders, newest first. */
@Path("me/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyOrdersResource {

  @Inject private PartDocuments documents;
  @Inject private OrderService orders;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public List<OrderViews.OrderView> mine() {
    Locale locale = Language.of(request).locale();
    return orders.ofBuyer(currentUser.require()).stream()
        .map(order -> OrderViews.order(order, null, locale, documents))
        .toList();
  }

  @GET
  @Path("{id}")
  public OrderViews.OrderView one(@PathParam("id") long id) {
    return OrderViews.order(
        orders.ofBuyer(currentUser.require(), id), null, Language.of(request).locale(), documents);
  }
}
