package org.koinagora.checkout.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.Address;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.Contact;
import org.koinagora.checkout.DocumentChoice;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderRequest;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.shared.i18n.Language;

/** {@code POST /api/v1/orders} as in DESIGN.md, and the buyer cancelling an order. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

  /** The fulfilment of DESIGN.md: one for every enterprise of the order. */
  public record FulfilmentBody(Fulfilment method, Address address, Long fairId) {}

  /**
   * DESIGN.md's order body; {@code fulfilments} (by enterprise id), {@code manualKind} and {@code
   * phone} are optional.
   */
  public record OrderBody(
      List<OrderRequest.Item> lines,
      FulfilmentBody fulfilment,
      Map<Long, OrderRequest.Choice> fulfilments,
      PaymentMethod payment,
      ManualKind manualKind,
      String phone,
      DocumentChoice document) {}

  @Inject private PartDocuments documents;
  @Inject private Checkout checkout;
  @Inject private OrderService orders;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  public Response place(OrderBody body) {
    SignedInUser buyer = currentUser.require();
    Locale locale = Language.of(request).locale();
    var fulfilment = body == null || body.fulfilment() == null ? null : body.fulfilment();
    var orderRequest =
        new OrderRequest(
            body == null ? null : body.lines(),
            new Contact(buyer.email(), buyer.name(), body == null ? null : body.phone()),
            fulfilment == null
                ? null
                : new OrderRequest.Choice(fulfilment.method(), fulfilment.fairId()),
            body == null ? null : body.fulfilments(),
            fulfilment == null ? null : fulfilment.address(),
            body == null ? null : body.payment(),
            body == null ? null : body.manualKind(),
            locale.getLanguage(),
            body == null ? null : body.document());
    var placed = checkout.place(Optional.of(buyer), orderRequest);
    return Response.status(201)
        .location(URI.create("/api/v1/me/orders/" + placed.order().getId()))
        .entity(
            OrderViews.order(
                placed.order(),
                placed.paymentPage().map(URI::toString).orElse(null),
                locale,
                documents))
        .build();
  }

  /**
   * The buyer's own cancellation, before anything was handed over (EU right of withdrawal); paid
   * money goes back.
   */
  @POST
  @Path("{id}/cancel")
  public OrderViews.OrderView cancel(@PathParam("id") long id) {
    return OrderViews.order(
        orders.cancelByBuyer(currentUser.require(), id),
        null,
        Language.of(request).locale(),
        documents);
  }
}
