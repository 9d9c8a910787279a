package org.koinagora.checkout.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeeCards;
import org.koinagora.shared.Links;

/**
 * Stand fees on Stripe Checkout, like orders: the platform charges the enterprise ({@code
 * transfer_group} = the booking) and, once the webhook confirms it, transfers the fee to the
 * organising municipality's connected account.
 */
@ApplicationScoped
public class StripeStandFees implements StandFeeCards {

  private static final Duration PAGE_OPEN = Duration.ofMinutes(31);

  @Inject private StripeSettings settings;
  @Inject private Links links;
  @Inject private Transfers transfers;
  @Inject private PayoutAccounts payoutAccounts;
  @Inject private StripeCheckouts checkouts;
  @Inject private Payouts payouts;

  @Override
  public boolean isAvailable(StandBooking booking) {
    return payoutAccounts.municipalityTakesCards(booking.getFair().getOrganiser().getId());
  }

  @Override
  public Page start(StandBooking booking) {
    Instant openUntil = Instant.now().plus(PAGE_OPEN);
    String title = booking.getFair().title(Locale.forLanguageTag("el"));
    var params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setClientReferenceId("booking-" + booking.getId())
            .setCustomerEmail(booking.getEnterprise().getContactEmail())
            .setSuccessUrl(links.to("/dashboard/enterprise?paid=" + booking.getId()))
            .setCancelUrl(links.to("/dashboard/enterprise"))
            .setExpiresAt(openUntil.getEpochSecond())
            .putMetadata("booking_id", String.valueOf(booking.getId()))
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .setTransferGroup(Payouts.bookingGroup(booking.getId()))
                    .putMetadata("booking_id", String.valueOf(booking.getId()))
                    .build())
            .addLineItem(
                StripePayments.lineItem(
                    1, booking.getFee(), booking.getStand().getCode() + " — " + title));
    try {
      Session session =
          settings
              .client()
              .v1()
              .checkout()
              .sessions()
              .create(
                  params.build(), StripePayments.key("booking-" + booking.getId() + "-checkout"));
      return new Page(URI.create(session.getUrl()), session.getId(), openUntil);
    } catch (StripeException e) {
      throw new IllegalStateException(
          "Stripe refused the checkout of stand booking " + booking.getId(), e);
    }
  }

  @Override
  public void started(StandBooking booking, Page page) {
    checkouts.started(StripeCheckout.Subject.STAND_FEE, booking.getId(), page.sessionId());
  }

  @Override
  public void paid(StandBooking booking, String paymentId) {
    checkouts.paid(StripeCheckout.Subject.STAND_FEE, booking.getId(), paymentId);
  }

  @Override
  public void refund(StandBooking booking) {
    Optional<String> intent =
        checkouts.paymentIntent(StripeCheckout.Subject.STAND_FEE, booking.getId());
    if (intent.isEmpty()) {
      return;
    }
    try {
      Optional<String> transfer = payouts.transferOf(booking);
      if (transfer.isPresent()) {
        transfers.reverse(transfer.get(), booking.getFee());
      }
      settings
          .client()
          .v1()
          .refunds()
          .create(
              RefundCreateParams.builder()
                  .setPaymentIntent(intent.get())
                  .putMetadata("booking_id", String.valueOf(booking.getId()))
                  .build(),
              StripePayments.key("booking-" + booking.getId() + "-refund"));
    } catch (StripeException e) {
      throw new IllegalStateException(
          "Stripe refused the refund of stand booking " + booking.getId(), e);
    }
  }
}
