package org.koinagora.testsupport.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Plays Stripe's API on a free local port for the real Stripe client, records every request, and
 * plays the customer on Checkout's hosted page. Point a {@code StripeClient} at {@link #base()}.
 */
public final class StripeStub implements AutoCloseable {

  private final HttpServer server;
  // many threads: a webhook delivered from the hosted page may call back into the stub
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final StubEvents events = new StubEvents();
  private final Checkouts checkouts;
  private final ConnectAccounts accounts;
  private final StripeApi api;
  private final HostedPages pages;

  private StripeStub(HttpServer server) {
    this.server = server;
    String base = base();
    this.checkouts = new Checkouts(base, events);
    this.accounts = new ConnectAccounts(base, events);
    this.api = new StripeApi(checkouts, accounts, events);
    this.pages = new HostedPages(checkouts, accounts);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public static StripeStub start() {
    return start(0);
  }

  /**
   * On a given port (the integration tests' {@code it.stripe.port}, which Payara is told); 0 for
   * any free one.
   */
  public static StripeStub start(int port) {
    try {
      return new StripeStub(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash, as the client's API base wants. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public List<Recorded> requests(String method, String path) {
    return requests.stream()
        .filter(request -> request.method().equals(method) && request.path().equals(path))
        .toList();
  }

  /** Answers the next API call with this status and error type, e.g. 500 and "api_error". */
  public void failNext(int status, String type) {
    api.failNext(status, type);
  }

  /** Sets where the hosted pages deliver the events they produce, signed with the secret. */
  public void deliverTo(URI webhookUrl, String signingSecret) {
    pages.deliverTo(webhookUrl, signingSecret);
  }

  /** The hosted pages' webhook deliveries with the endpoint's answers, oldest first. */
  public List<HttpResponse<String>> deliveries() {
    return pages.deliveries();
  }

  /** The customer pays: the session is complete and paid; returns the event's JSON. */
  public String pay(String sessionId) {
    return checkouts.pay(sessionId).toString();
  }

  public String expire(String sessionId) {
    return checkouts.expire(sessionId).toString();
  }

  /** The customer's card is declined: a {@code payment_intent.payment_failed} event. */
  public String failPayment(String sessionId) {
    return checkouts.failPayment(sessionId).toString();
  }

  /** The seller finishes onboarding: an {@code account.updated} event. */
  public String completeOnboarding(String accountId) {
    return accounts.completeOnboarding(accountId).toString();
  }

  /** The JSON of every event produced so far, newest first. */
  public List<String> events() {
    return events.all().stream().map(JsonObject::toString).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Recorded request = record(exchange);
      answer(request).withHeader("Request-Id", StubJson.id("req")).send(exchange);
    } finally {
      exchange.close();
    }
  }

  private Reply answer(Recorded request) {
    try {
      return request.path().startsWith("/v1/") ? api.answer(request) : pages.answer(request);
    } catch (RuntimeException e) {
      // a bug in the stub or a param it cannot read: say so instead of dropping the connection
      return Reply.json(500, StubJson.error("api_error", null, "Stripe stub: " + e, null));
    }
  }

  private Recorded record(HttpExchange exchange) throws IOException {
    Map<String, String> params = FormParams.decode(exchange.getRequestURI().getRawQuery());
    params.putAll(
        FormParams.decode(
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    Recorded request =
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Collections.unmodifiableMap(params),
            Collections.unmodifiableMap(headers));
    requests.add(request);
    return request;
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "stripe-stub");
      thread.setDaemon(true);
      return thread;
    };
  }
}
