package org.koinagora.checkout.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PaymentGateway;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.shared.Links;
import org.koinagora.shared.Money;

/**
 * Stripe Checkout with Connect's separate charges and transfers: the buyer pays the platform the
 * order's total on Stripe's page ({@code transfer_group} = the order); once the webhook says it is
 * paid, each enterprise's share is transferred to its connected account ({@link Transfers}).
 */
@ApplicationScoped
public class StripePayments implements PaymentGateway {

  /** Stripe keeps a Checkout page open at least 30 minutes. */
  private static final Duration SHORTEST_SESSION = Duration.ofMinutes(31);

  @Inject private StripeSettings settings;
  @Inject private Links links;
  @Inject private Transfers transfers;
  @Inject private StripeCheckouts checkouts;
  @Inject private Payouts payouts;

  @Override
  public PaymentMethod method() {
    return PaymentMethod.STRIPE;
  }

  @Override
  public boolean isAvailable() {
    return settings.isConfigured();
  }

  @Override
  public Optional<PaymentPage> start(CustomerOrder order) {
    var params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setCustomerEmail(order.getEmail())
            .setClientReferenceId(String.valueOf(order.getId()))
            .setLocale(
                "en".equals(order.getLanguage())
                    ? SessionCreateParams.Locale.EN
                    : SessionCreateParams.Locale.EL)
            .setSuccessUrl(links.to("/order?ref=" + order.getReference() + "&paid=1"))
            .setCancelUrl(links.to("/order?ref=" + order.getReference()))
            .setExpiresAt(expiry(order).getEpochSecond())
            .putMetadata("order_id", String.valueOf(order.getId()))
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .setTransferGroup(Payouts.orderGroup(order.getId()))
                    .putMetadata("order_id", String.valueOf(order.getId()))
                    .build());
    for (OrderPart part : order.getParts()) {
      for (OrderLine line : part.getLines()) {
        params.addLineItem(
            // a quoted line's quantity may be a decimal: one item at the line's total
            line.isQuoted()
                ? lineItem(
                    1,
                    line.total(),
                    line.amountText()
                        + " × "
                        + line.getTitle()
                        + " — "
                        + part.getEnterprise().getName())
                : lineItem(
                    line.getQuantity(),
                    line.getUnitPrice(),
                    line.getTitle() + " — " + part.getEnterprise().getName()));
      }
    }
    try {
      Session session =
          settings
              .client()
              .v1()
              .checkout()
              .sessions()
              .create(params.build(), key("order-" + order.getId() + "-checkout"));
      return Optional.of(new PaymentPage(URI.create(session.getUrl()), session.getId()));
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused the checkout of order " + order.getId(), e);
    }
  }

  private static Instant expiry(CustomerOrder order) {
    Instant shortest = Instant.now().plus(SHORTEST_SESSION);
    return order.getExpiresAt() == null || order.getExpiresAt().isBefore(shortest)
        ? shortest
        : order.getExpiresAt();
  }

  /**
   * Takes the part's share back from the enterprise's account, then returns it to the buyer's card.
   */
  @Override
  public void refund(OrderPart part) {
    CustomerOrder order = part.getOrder();
    Optional<String> intent = checkouts.paymentIntent(StripeCheckout.Subject.ORDER, order.getId());
    if (intent.isEmpty()) {
      return;
    }
    payouts
        .transferOf(part)
        .ifPresent(transfer -> transfers.reverse(transfer, Payouts.share(part)));
    try {
      settings
          .client()
          .v1()
          .refunds()
          .create(
              RefundCreateParams.builder()
                  .setPaymentIntent(intent.get())
                  .setAmount(cents(part.getSubtotal()))
                  .putMetadata("order_id", String.valueOf(order.getId()))
                  .putMetadata("part_id", String.valueOf(part.getId()))
                  .build(),
              key("part-" + part.getId() + "-refund"));
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused the refund of order part " + part.getId(), e);
    }
  }

  /** A line of a Checkout page: so many of a thing at a price in euros. */
  static SessionCreateParams.LineItem lineItem(long quantity, Money unitPrice, String name) {
    return SessionCreateParams.LineItem.builder()
        .setQuantity(quantity)
        .setPriceData(
            SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency("eur")
                .setUnitAmount(cents(unitPrice))
                .setProductData(
                    SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName(name)
                        .build())
                .build())
        .build();
  }

  static long cents(Money euros) {
    return euros.cents();
  }

  static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }
}
