package org.koinagora.testsupport.stripe;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Checkout Sessions, the payments behind them and their refunds. */
final class Checkouts {

  private final String base;
  private final StubEvents events;
  private final Map<String, CheckoutSession> sessions = new HashMap<>();

  Checkouts(String base, StubEvents events) {
    this.base = base;
    this.events = events;
  }

  synchronized JsonObject create(Map<String, String> params) {
    CheckoutSession session = CheckoutSession.create(params, base);
    sessions.put(session.id(), session);
    return session.json();
  }

  synchronized JsonObject get(String id) {
    return session(id).json();
  }

  synchronized JsonObject pay(String id) {
    CheckoutSession session = session(id);
    session.pay();
    return events.add("checkout.session.completed", session.json(), null);
  }

  synchronized JsonObject expire(String id) {
    CheckoutSession session = session(id);
    session.expire();
    return events.add("checkout.session.expired", session.json(), null);
  }

  synchronized JsonObject failPayment(String id) {
    return events.add("payment_intent.payment_failed", session(id).failPayment(), null);
  }

  /** Refunds a paid session's payment intent, fully unless {@code amount} is given. */
  synchronized JsonObject refund(Map<String, String> params) {
    FormParams.require(params, "payment_intent");
    String paymentIntent = params.get("payment_intent");
    CheckoutSession session =
        sessions.values().stream()
            .filter(candidate -> paymentIntent.equals(candidate.paymentIntent()))
            .findFirst()
            .orElseThrow(() -> ApiError.noSuch("payment_intent", paymentIntent, "payment_intent"));
    JsonObject refund = session.refund(params);
    events.add("charge.refunded", session.charge(), null);
    return refund;
  }

  private CheckoutSession session(String id) {
    return Optional.ofNullable(sessions.get(id))
        .orElseThrow(() -> ApiError.noSuch("checkout.session", id, "session"));
  }
}
