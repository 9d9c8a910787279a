package org.koinagora.testsupport.stripe;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code /v1} endpoints: authentication, injected failures, idempotency, then the routes. */
final class StripeApi {

  private record Route(
      String method, Pattern path, BiFunction<String, Map<String, String>, JsonObject> answer) {}

  private record Remembered(String request, Reply reply) {}

  private final List<Route> routes;
  private final Deque<Reply> failures = new ArrayDeque<>();
  private final Map<String, Remembered> idempotent = new HashMap<>();

  StripeApi(Checkouts checkouts, ConnectAccounts accounts, StubEvents events) {
    routes =
        List.of(
            route("POST", "/v1/checkout/sessions", (id, params) -> checkouts.create(params)),
            route("GET", "/v1/checkout/sessions/([^/]+)", (id, params) -> checkouts.get(id)),
            route("POST", "/v1/refunds", (id, params) -> checkouts.refund(params)),
            route("POST", "/v1/accounts", (id, params) -> accounts.create(params)),
            route("GET", "/v1/accounts/([^/]+)", (id, params) -> accounts.get(id)),
            route("POST", "/v1/account_links", (id, params) -> accounts.link(params)),
            route("POST", "/v1/transfers", (id, params) -> accounts.transfer(params)),
            route(
                "POST",
                "/v1/transfers/([^/]+)/reversals",
                (id, params) -> accounts.reverse(id, params)),
            route("GET", "/v1/events", (id, params) -> events.list(params)),
            route("GET", "/v1/events/([^/]+)", (id, params) -> events.get(id)));
  }

  synchronized void failNext(int status, String type) {
    failures.add(Reply.json(status, StubJson.error(type, null, "Injected by the test.", null)));
  }

  Reply answer(Recorded request) {
    String authorization = request.header("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Reply.json(
          401,
          StubJson.error("invalid_request_error", null, "You did not provide an API key.", null));
    }
    Reply failure = nextFailure();
    if (failure != null) {
      return failure;
    }
    String key = request.idempotencyKey();
    return "POST".equals(request.method()) && key != null ? once(key, request) : route(request);
  }

  private synchronized Reply nextFailure() {
    return failures.poll();
  }

  /**
   * Replays the first answer to an idempotency key, as Stripe does. Only successes are kept, so a
   * retry after an injected failure or a validation error runs afresh.
   */
  private synchronized Reply once(String key, Recorded request) {
    String fingerprint = request.method() + " " + request.path() + " " + request.params();
    Remembered remembered = idempotent.get(key);
    if (remembered == null) {
      Reply reply = route(request);
      if (reply.status() == 200) {
        idempotent.put(key, new Remembered(fingerprint, reply));
      }
      return reply;
    }
    if (!remembered.request().equals(fingerprint)) {
      return Reply.json(
          400,
          StubJson.error(
              "idempotency_error",
              null,
              "Keys for idempotent requests can only be used with the same parameters they were"
                  + " first used with.",
              null));
    }
    return remembered.reply().withHeader("Idempotent-Replayed", "true");
  }

  private Reply route(Recorded request) {
    for (Route route : routes) {
      Matcher path = route.path().matcher(request.path());
      if (route.method().equals(request.method()) && path.matches()) {
        String id = path.groupCount() > 0 ? path.group(1) : null;
        try {
          return Reply.json(200, route.answer().apply(id, request.params()).toString());
        } catch (ApiError error) {
          return error.reply();
        }
      }
    }
    String unknown = request.method() + ": " + request.path();
    return Reply.json(
        404,
        StubJson.error(
            "invalid_request_error", null, "Unrecognized request URL (" + unknown + ").", null));
  }

  private static Route route(
      String method, String path, BiFunction<String, Map<String, String>, JsonObject> answer) {
    return new Route(method, Pattern.compile(path), answer);
  }
}
