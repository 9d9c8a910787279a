package org.koinagora.testsupport.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.ApiException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.EventListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeStubTest {

  private static final String SECRET = "whsec_test_koinagora";

  private StripeStub stub;
  private StripeClient stripe;

  @BeforeEach
  void start() {
    stub = StripeStub.start();
    stripe = StripeClient.builder().setApiKey("sk_test_koinagora").setApiBase(stub.base()).build();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void checkoutSessionIsSentFormEncodedInCentsWithItsTransferGroup() throws Exception {
    Session session = stripe.v1().checkout().sessions().create(order7(), key("order-7"));

    Recorded sent = stub.requests("POST", "/v1/checkout/sessions").get(0);
    assertEquals("1250", sent.param("line_items[0][price_data][unit_amount]"));
    assertEquals("eur", sent.param("line_items[1][price_data][currency]"));
    assertEquals("order-7", sent.param("payment_intent_data[transfer_group]"));
    assertEquals("7", sent.param("metadata[order_id]"));
    assertEquals("order-7", sent.idempotencyKey());
    assertEquals("Bearer sk_test_koinagora", sent.header("authorization"));
    assertEquals(Stripe.API_VERSION, sent.header("Stripe-Version"));
    assertTrue(session.getId().startsWith("cs_test_"));
    assertEquals(1250 * 2 + 800, session.getAmountTotal());
    assertEquals(stub.base() + "/pay/" + session.getId(), session.getUrl());
    assertEquals("unpaid", session.getPaymentStatus());
    assertEquals("7", session.getMetadata().get("order_id"));
    assertNull(session.getPaymentIntent());
  }

  @Test
  void repeatingACreateWithTheSameIdempotencyKeyGivesTheSameSession() throws Exception {
    Session first = stripe.v1().checkout().sessions().create(order7(), key("order-7"));
    Session again = stripe.v1().checkout().sessions().create(order7(), key("order-7"));
    Session other = stripe.v1().checkout().sessions().create(order7(), key("order-7-b"));

    assertEquals(first.getId(), again.getId());
    assertNotEquals(first.getId(), other.getId());
    assertEquals(3, stub.requests("POST", "/v1/checkout/sessions").size());
  }

  @Test
  void anInjectedServerErrorIsRetriedByTheClientUnderTheSameKey() throws Exception {
    StripeClient retrying =
        StripeClient.builder()
            .setApiKey("sk_test_koinagora")
            .setApiBase(stub.base())
            .setMaxNetworkRetries(1)
            .build();
    stub.failNext(500, "api_error");

    Session session = retrying.v1().checkout().sessions().create(order7());

    List<Recorded> tries = stub.requests("POST", "/v1/checkout/sessions");
    assertEquals(2, tries.size());
    assertEquals(tries.get(0).idempotencyKey(), tries.get(1).idempotencyKey());
    assertTrue(session.getId().startsWith("cs_test_"));
  }

  @Test
  void anInjectedErrorReachesAClientThatDoesNotRetry() {
    stub.failNext(500, "api_error");

    ApiException error =
        assertThrows(ApiException.class, () -> stripe.v1().checkout().sessions().create(order7()));
    assertEquals(500, error.getStatusCode());
  }

  @Test
  void unknownPathsAndObjectsAnswerStripesErrorShape() {
    InvalidRequestException missing =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.v1().checkout().sessions().retrieve("cs_test_nope"));
    assertEquals(404, missing.getStatusCode());
    assertEquals("resource_missing", missing.getCode());
    assertThrows(InvalidRequestException.class, () -> stripe.v1().payouts().retrieve("po_1"));
  }

  @Test
  void transferGoesToTheConnectedAccountWithItsGroup() throws Exception {
    Transfer transfer =
        stripe
            .v1()
            .transfers()
            .create(
                TransferCreateParams.builder()
                    .setAmount(2300L)
                    .setCurrency("eur")
                    .setDestination("acct_seller")
                    .setTransferGroup("order-7")
                    .build());

    assertTrue(transfer.getId().startsWith("tr_"));
    assertEquals(2300L, transfer.getAmount());
    assertEquals("acct_seller", transfer.getDestination());
    assertEquals("order-7", transfer.getTransferGroup());
    assertEquals("acct_seller", stub.requests("POST", "/v1/transfers").get(0).param("destination"));
  }

  @Test
  void expressAccountOnboardsThroughItsAccountLink() throws Exception {
    Account account =
        stripe
            .v1()
            .accounts()
            .create(
                AccountCreateParams.builder()
                    .setType(AccountCreateParams.Type.EXPRESS)
                    .setEmail("seller@example.org")
                    .build());
    AccountLink link = onboardingLink(account.getId());
    assertFalse(account.getPayoutsEnabled());
    assertEquals(stub.base() + "/onboard/" + account.getId(), link.getUrl());

    Event event = verified(stub.completeOnboarding(account.getId()));

    assertEquals("account.updated", event.getType());
    assertEquals(account.getId(), event.getAccount());
    Account onboarded = stripe.v1().accounts().retrieve(account.getId());
    assertTrue(onboarded.getPayoutsEnabled() && onboarded.getChargesEnabled());
    assertTrue(onboarded.getDetailsSubmitted());
  }

  @Test
  void paidSessionEventIsVerifiedAndReadsAsAPaidSession() throws Exception {
    Session created = stripe.v1().checkout().sessions().create(order7());

    Event event = verified(stub.pay(created.getId()));

    assertEquals("checkout.session.completed", event.getType());
    assertEquals(Stripe.API_VERSION, event.getApiVersion());
    Session paid = (Session) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertEquals("paid", paid.getPaymentStatus());
    assertTrue(paid.getPaymentIntent().startsWith("pi_"));
    Session now = stripe.v1().checkout().sessions().retrieve(created.getId());
    assertEquals("complete", now.getStatus());
  }

  @Test
  void tamperedOrStaleEventFailsVerification() throws Exception {
    String payload = stub.pay(stripe.v1().checkout().sessions().create(order7()).getId());
    String header = StripeWebhooks.signature(payload, SECRET, StubJson.now());
    String stale = StripeWebhooks.signature(payload, SECRET, StubJson.now() - 301);

    assertThrows(
        SignatureVerificationException.class,
        () ->
            Webhook.constructEvent(payload.replace("\"paid\"", "\"unpaid\""), header, SECRET, 300));
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(payload, header, "whsec_other", 300));
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(payload, stale, SECRET, 300));
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(payload, "garbage", SECRET, 300));
    // not every bad header gives the checked exception: a webhook endpoint must catch these too
    assertThrows(
        NumberFormatException.class,
        () -> Webhook.constructEvent(payload, "t=now,v1=00", SECRET, 300));
    assertThrows(
        NullPointerException.class, () -> Webhook.constructEvent(payload, null, SECRET, 300));
  }

  @Test
  void failedPaymentEventCarriesThePaymentIntentMetadata() throws Exception {
    Session session = stripe.v1().checkout().sessions().create(order7());

    Event event = verified(stub.failPayment(session.getId()));

    assertEquals("payment_intent.payment_failed", event.getType());
    PaymentIntent intent =
        (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
    assertEquals("7", intent.getMetadata().get("order_id"));
    assertEquals("card_declined", intent.getLastPaymentError().getCode());
  }

  @Test
  void refundOfAPaidSessionProducesChargeRefunded() throws Exception {
    Session session = stripe.v1().checkout().sessions().create(order7());
    stub.pay(session.getId());
    String paymentIntent =
        stripe.v1().checkout().sessions().retrieve(session.getId()).getPaymentIntent();

    Refund refund =
        stripe
            .v1()
            .refunds()
            .create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).build());

    assertEquals("succeeded", refund.getStatus());
    assertEquals(3300L, refund.getAmount());
    Charge charge =
        (Charge)
            verified(stub.events().get(0)).getDataObjectDeserializer().getObject().orElseThrow();
    assertTrue(charge.getRefunded());
    assertEquals("order-7", charge.getTransferGroup());
  }

  @Test
  void eventsAreListedNewestFirstThroughTheClient() throws Exception {
    long start = StubJson.now();
    String paid = stripe.v1().checkout().sessions().create(order7()).getId();
    String expired = stripe.v1().checkout().sessions().create(order7()).getId();
    stub.pay(paid);
    stub.expire(expired);

    StripeCollection<Event> events =
        stripe
            .v1()
            .events()
            .list(
                EventListParams.builder()
                    .setCreated(EventListParams.Created.builder().setGte(start).build())
                    .setLimit(10L)
                    .build());
    StripeCollection<Event> completed =
        stripe
            .v1()
            .events()
            .list(EventListParams.builder().setType("checkout.session.completed").build());

    assertEquals(
        List.of("checkout.session.expired", "checkout.session.completed"),
        events.getData().stream().map(Event::getType).toList());
    assertEquals(1, completed.getData().size());
    assertEquals(
        "created[gte]=" + start + "&limit=10", queryOf(stub.requests("GET", "/v1/events").get(0)));
  }

  @Test
  void payingOnTheHostedPageDeliversASignedEventAndRedirects() throws Exception {
    BlockingQueue<String[]> received = new ArrayBlockingQueue<>(1);
    HttpServer receiver = webhookReceiver(received);
    try {
      stub.deliverTo(
          URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), SECRET);
      Session session = stripe.v1().checkout().sessions().create(order7());
      HttpClient browser = HttpClient.newHttpClient();

      String page =
          browser
              .send(
                  HttpRequest.newBuilder(URI.create(session.getUrl())).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      HttpResponse<String> paid =
          browser.send(
              HttpRequest.newBuilder(URI.create(session.getUrl()))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertTrue(page.contains("<button type=\"submit\">Pay</button>"), page);
      assertEquals(303, paid.statusCode());
      assertEquals(
          "http://koinagora.test/checkout/done?session=" + session.getId(),
          paid.headers().firstValue("Location").orElseThrow());
      String[] delivery = received.take();
      Event event = stripe.constructEvent(delivery[0], delivery[1], SECRET, 300);
      assertEquals("checkout.session.completed", event.getType());
      assertEquals("application/json; charset=utf-8", delivery[2]);
      assertEquals(200, stub.deliveries().get(0).statusCode());
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void finishingTheOnboardingPageWithoutAWebhookOnlyRedirects() throws Exception {
    Account account = stripe.v1().accounts().create(AccountCreateParams.builder().build());
    AccountLink link = onboardingLink(account.getId());

    HttpResponse<String> finished =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link.getUrl()))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(303, finished.statusCode());
    assertEquals("http://koinagora.test/back", finished.headers().firstValue("Location").get());
    assertTrue(stripe.v1().accounts().retrieve(account.getId()).getChargesEnabled());
    assertTrue(stub.deliveries().isEmpty());
  }

  @Test
  void eventBuiltByHandIsSignedLikeStripes() throws Exception {
    String payload =
        StripeWebhooks.event(
            "charge.refunded",
            "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":500,\"refunded\":true}");

    Event event = verified(payload);

    assertEquals(
        "ch_1", ((Charge) event.getDataObjectDeserializer().getObject().orElseThrow()).getId());
  }

  @Test
  void aDeliveryCarriesTheSignatureHeaderItIsGiven() throws Exception {
    BlockingQueue<String[]> received = new ArrayBlockingQueue<>(1);
    HttpServer receiver = webhookReceiver(received);
    try {
      URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

      StripeWebhooks.deliverWithHeader(hook, "{}", "t=1,v1=bad");

      assertEquals("t=1,v1=bad", received.take()[1]);
    } finally {
      receiver.stop(0);
    }
  }

  private static Event verified(String payload) throws SignatureVerificationException {
    return Webhook.constructEvent(
        payload, StripeWebhooks.signature(payload, SECRET, StubJson.now()), SECRET, 300);
  }

  private AccountLink onboardingLink(String account) throws StripeException {
    return stripe
        .v1()
        .accountLinks()
        .create(
            AccountLinkCreateParams.builder()
                .setAccount(account)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("http://koinagora.test/refresh")
                .setReturnUrl("http://koinagora.test/back")
                .build());
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static String queryOf(Recorded request) {
    return request.params().entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .reduce((a, b) -> a + "&" + b)
        .orElse("");
  }

  /** Two cheeses of 12.50 and honey at 8.00, for order 7 of a seller paid by transfer. */
  private static SessionCreateParams order7() {
    return SessionCreateParams.builder()
        .setMode(SessionCreateParams.Mode.PAYMENT)
        .addLineItem(item("Graviera", 1250L, 2L))
        .addLineItem(item("Thyme honey", 800L, 1L))
        .setCustomerEmail("buyer@example.org")
        .setSuccessUrl("http://koinagora.test/checkout/done?session={CHECKOUT_SESSION_ID}")
        .setCancelUrl("http://koinagora.test/checkout/cancelled")
        .setClientReferenceId("order-7")
        .putMetadata("order_id", "7")
        .setPaymentIntentData(
            SessionCreateParams.PaymentIntentData.builder()
                .setTransferGroup("order-7")
                .putMetadata("order_id", "7")
                .build())
        .build();
  }

  private static LineItem item(String name, long cents, long quantity) {
    return LineItem.builder()
        .setQuantity(quantity)
        .setPriceData(
            PriceData.builder()
                .setCurrency("eur")
                .setUnitAmount(cents)
                .setProductData(PriceData.ProductData.builder().setName(name).build())
                .build())
        .build();
  }

  /** Takes one delivery: its body, Stripe-Signature and Content-Type. */
  private static HttpServer webhookReceiver(BlockingQueue<String[]> received) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new String[] {
                body,
                exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                exchange.getRequestHeaders().getFirst("Content-Type")
              });
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }
}
