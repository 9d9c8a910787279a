package org.koinagora.quotes.rest;

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
import java.time.LocalDate;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.Checkout;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PartDocuments;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.rest.OrderViews;
import org.koinagora.quotes.QuoteDecisions;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.Language;

/**
 * The buyer accepts a quote (it becomes an order, as {@code POST /api/v1/orders} answers) or
 * declines it.
 */
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

  public record AcceptBody(String payment, String manualKind) {}

  public record DeclineBody(String reason) {}

  @Inject private PartDocuments documents;
  @Inject private QuoteDecisions decisions;
  @Inject private OrderService orders;
  @Inject private Checkout checkout;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  /**
   * 201 with the new order; 200 with the same order when it was accepted before; 409 when it may
   * not be.
   */
  @POST
  @Path("{id}/accept")
  public Response accept(@PathParam("id") long id, AcceptBody body) {
    var user = currentUser.require();
    PaymentMethod payment =
        body == null ? null : value(PaymentMethod.class, body.payment(), "payment");
    ManualKind manualKind =
        body == null ? null : value(ManualKind.class, body.manualKind(), "manualKind");
    var accepted = decisions.accept(user, id, payment, manualKind);
    // read after the commit: an accept that lost the race reads the winner's order whole
    var order = orders.ofBuyer(user, accepted.orderId());
    String paymentUrl =
        accepted.created() && accepted.payment() == PaymentMethod.STRIPE
            ? checkout.startPayment(order).map(URI::toString).orElse(null)
            : null;
    return Response.status(accepted.created() ? 201 : 200)
        .location(URI.create("/api/v1/me/orders/" + order.getId()))
        .entity(OrderViews.order(order, paymentUrl, locale(), documents))
        .build();
  }

  @POST
  @Path("{id}/decline")
  public Response decline(@PathParam("id") long id, DeclineBody body) {
    var quote = decisions.decline(currentUser.require(), id, body == null ? null : body.reason());
    return Response.ok(QuoteViews.quote(quote, LocalDate.now(QuoteDesk.ATHENS))).build();
  }

  private static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "quotes." + field + ".unknown");
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
