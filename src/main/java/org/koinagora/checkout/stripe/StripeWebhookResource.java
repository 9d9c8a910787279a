package org.koinagora.checkout.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.rest.ApiError;

/**
 * {@code POST /api/v1/payments/stripe/webhook}: Stripe's events, signature checked with the Stripe
 * library (300 s tolerance), each acted on once; answered at once, never with a 500 for an event it
 * does not know.
 */
@Path("payments/stripe/webhook")
@Consumes(MediaType.APPLICATION_JSON)
public class StripeWebhookResource {

  private static final Logger LOG = Logger.getLogger(StripeWebhookResource.class.getName());
  private static final long TOLERANCE_SECONDS = 300;

  @Inject private StripeSettings settings;
  @Inject private StripeEvents events;

  /** What the webhook answers: {@code handled}, {@code ignored} or {@code duplicate}. */
  public record Receipt(String received, String outcome) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
    if (!settings.isConfigured()) {
      return Response.status(404)
          .entity(new ApiError("not_found", "Stripe is not configured here.", null))
          .build();
    }
    Event event;
    try {
      event =
          settings
              .client()
              .constructEvent(payload, signature, settings.webhookSecret(), TOLERANCE_SECONDS);
    } catch (SignatureVerificationException | RuntimeException unsigned) {
      return Response.status(400)
          .entity(
              new ApiError(
                  "invalid_signature",
                  "The Stripe-Signature header does not match the payload.",
                  null))
          .build();
    }
    if (events.isKnown(event.getId())) {
      return Response.ok(new Receipt(event.getId(), "duplicate")).build();
    }
    try {
      return Response.ok(
              new Receipt(event.getId(), events.handle(event).name().toLowerCase(Locale.ROOT)))
          .build();
    } catch (RuntimeException failed) {
      if (events.isKnown(event.getId())) {
        // another delivery of the same event committed first
        return Response.ok(new Receipt(event.getId(), "duplicate")).build();
      }
      LOG.log(
          Level.WARNING,
          "Stripe event " + event.getId() + " (" + event.getType() + ") failed; Stripe will retry",
          failed);
      return Response.status(503)
          .entity(new ApiError("unavailable", "Try again later.", null))
          .build();
    }
  }
}
