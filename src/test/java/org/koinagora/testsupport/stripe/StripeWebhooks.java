package org.koinagora.testsupport.stripe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs and delivers webhook events the way Stripe does, for tests of a webhook endpoint. */
public final class StripeWebhooks {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private StripeWebhooks() {}

  /** The {@code Stripe-Signature} header: {@code t=<unix>,v1=<hex HMAC-SHA256 of "t.payload">}. */
  public static String signature(String payload, String secret, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** POSTs the payload signed with {@code secret} now. */
  public static HttpResponse<String> deliver(URI url, String payload, String secret) {
    return deliverWithHeader(url, payload, signature(payload, secret, StubJson.now()));
  }

  /** POSTs the payload with any {@code Stripe-Signature} header, e.g. a wrong or stale one. */
  public static HttpResponse<String> deliverWithHeader(
      URI url, String payload, String signatureHeader) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .header("Stripe-Signature", signatureHeader)
            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An event of {@code type} around {@code objectJson}, as Stripe would send it. */
  public static String event(String type, String objectJson) {
    return StubJson.event(type, StubJson.parse(objectJson), null).toString();
  }
}
