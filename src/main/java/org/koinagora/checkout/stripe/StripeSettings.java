package org.koinagora.checkout.stripe;

import com.stripe.StripeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's keys and address. Without a secret key Stripe is off and buyers pay MANUALly; the API
 * base can point elsewhere (the tests' local stand-in) while the code path stays the same.
 */
@ApplicationScoped
public class StripeSettings {

  @Inject
  @ConfigProperty(name = "koinagora.stripe.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "koinagora.stripe.webhook-secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "koinagora.stripe.api-base", defaultValue = "https://api.stripe.com")
  String apiBase;

  @Inject
  @ConfigProperty(
      name = "koinagora.stripe.checkout-origin",
      defaultValue = "https://checkout.stripe.com")
  String checkoutOrigin;

  @Inject
  @ConfigProperty(
      name = "koinagora.stripe.connect-origin",
      defaultValue = "https://connect.stripe.com")
  String connectOrigin;

  @Inject
  @ConfigProperty(name = "koinagora.stripe.country", defaultValue = "GR")
  String country;

  private volatile StripeClient client;

  public boolean isConfigured() {
    return secretKey.filter(key -> !key.isBlank()).isPresent()
        && webhookSecret.filter(key -> !key.isBlank()).isPresent();
  }

  public StripeClient client() {
    if (client == null) {
      client =
          StripeClient.builder()
              .setApiKey(secretKey.orElseThrow())
              .setApiBase(
                  apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase)
              .setMaxNetworkRetries(2)
              .build();
    }
    return client;
  }

  /**
   * Where Stripe's payment and onboarding pages are: forms that end in a redirect there must allow
   * them.
   */
  public String pageOrigins() {
    return checkoutOrigin.equals(connectOrigin)
        ? checkoutOrigin
        : checkoutOrigin + " " + connectOrigin;
  }

  String webhookSecret() {
    return webhookSecret.orElseThrow();
  }

  String country() {
    return country;
  }
}
