package org.koinagora.testsupport.stripe;

import static org.koinagora.testsupport.stripe.StubJson.addOrNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** One Checkout Session and the payment behind it, moving through Stripe's states. */
final class CheckoutSession {

  private static final long ONE_DAY = 24 * 60 * 60;

  private JsonObject json;
  private final Map<String, String> paymentIntentMetadata;
  private final String transferGroup;
  private String paymentIntent;
  private String charge;
  private long refunded;

  private CheckoutSession(JsonObject json, Map<String, String> params) {
    this.json = json;
    this.paymentIntentMetadata = FormParams.nested(params, "payment_intent_data[metadata]");
    this.transferGroup = params.get("payment_intent_data[transfer_group]");
  }

  static CheckoutSession create(Map<String, String> params, String base) {
    String id = StubJson.id("cs_test");
    JsonObjectBuilder session = StubJson.object(id, "checkout.session");
    long amount = amountTotal(params);
    session
        .add("url", base + "/pay/" + id)
        .add("status", "open")
        .add("payment_status", "unpaid")
        .add("mode", params.getOrDefault("mode", "payment"))
        .add("amount_subtotal", amount)
        .add("amount_total", amount)
        .add("currency", currency(params))
        .add("metadata", StubJson.map(FormParams.nested(params, "metadata")))
        .addNull("payment_intent")
        .add("expires_at", expiresAt(params));
    for (String key :
        new String[] {
          "client_reference_id", "customer_email", "success_url", "cancel_url", "locale"
        }) {
      addOrNull(session, key, params.get(key));
    }
    return new CheckoutSession(session.build(), params);
  }

  String id() {
    return json.getString("id");
  }

  JsonObject json() {
    return json;
  }

  boolean isOpen() {
    return "open".equals(json.getString("status"));
  }

  long amount() {
    return json.getJsonNumber("amount_total").longValue();
  }

  String paymentIntent() {
    return paymentIntent;
  }

  void pay() {
    requireOpen();
    paymentIntent = paymentIntent == null ? StubJson.id("pi") : paymentIntent;
    charge = StubJson.id("ch");
    update(
        Json.createObjectBuilder(json)
            .add("status", "complete")
            .add("payment_status", "paid")
            .add("payment_intent", paymentIntent)
            .addNull("url"));
  }

  void expire() {
    requireOpen();
    update(Json.createObjectBuilder(json).add("status", "expired").addNull("url"));
  }

  /** The customer's card was declined: the session stays open, its payment intent fails. */
  JsonObject failPayment() {
    requireOpen();
    paymentIntent = paymentIntent == null ? StubJson.id("pi") : paymentIntent;
    update(Json.createObjectBuilder(json).add("payment_intent", paymentIntent));
    return paymentIntentJson()
        .add("status", "requires_payment_method")
        .add(
            "last_payment_error",
            Json.createObjectBuilder()
                .add("type", "card_error")
                .add("code", "card_declined")
                .add("decline_code", "generic_decline")
                .add("message", "Your card was declined."))
        .build();
  }

  JsonObject refund(Map<String, String> params) {
    if (charge == null) {
      throw ApiError.invalid("This PaymentIntent has no successful charge to refund.", null);
    }
    long amount =
        params.containsKey("amount") ? Long.parseLong(params.get("amount")) : amount() - refunded;
    if (amount <= 0 || refunded + amount > amount()) {
      throw ApiError.invalid(
          "Refund amount ("
              + amount
              + ") is greater than unrefunded amount on"
              + " charge ("
              + (amount() - refunded)
              + ")",
          "amount");
    }
    refunded += amount;
    JsonObjectBuilder refund =
        StubJson.object(StubJson.id("re"), "refund")
            .add("amount", amount)
            .add("currency", json.getString("currency"))
            .add("payment_intent", paymentIntent)
            .add("charge", charge)
            .add("status", "succeeded")
            .add("metadata", StubJson.map(FormParams.nested(params, "metadata")));
    return addOrNull(refund, "reason", params.get("reason")).build();
  }

  JsonObject charge() {
    JsonObjectBuilder result =
        StubJson.object(charge, "charge")
            .add("amount", amount())
            .add("amount_captured", amount())
            .add("amount_refunded", refunded)
            .add("refunded", refunded == amount())
            .add("captured", true)
            .add("paid", true)
            .add("status", "succeeded")
            .add("currency", json.getString("currency"))
            .add("payment_intent", paymentIntent)
            .add("metadata", StubJson.map(paymentIntentMetadata));
    return addOrNull(result, "transfer_group", transferGroup).build();
  }

  private JsonObjectBuilder paymentIntentJson() {
    JsonObjectBuilder intent =
        StubJson.object(paymentIntent, "payment_intent")
            .add("amount", amount())
            .add("currency", json.getString("currency"))
            .add("metadata", StubJson.map(paymentIntentMetadata));
    return addOrNull(intent, "transfer_group", transferGroup);
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw ApiError.invalid("Checkout Session " + id() + " is " + json.getString("status"), null);
    }
  }

  private void update(JsonObjectBuilder changed) {
    json = changed.build();
  }

  private static long amountTotal(Map<String, String> params) {
    long total = 0;
    for (int i = 0; i < FormParams.count(params, "line_items"); i++) {
      String item = "line_items[" + i + "]";
      String unitAmount = params.get(item + "[price_data][unit_amount]");
      if (unitAmount == null) {
        throw ApiError.invalid(
            "The stub only prices line items by price_data[unit_amount].",
            item + "[price_data][unit_amount]");
      }
      total +=
          Long.parseLong(unitAmount)
              * Long.parseLong(params.getOrDefault(item + "[quantity]", "1"));
    }
    return total;
  }

  private static String currency(Map<String, String> params) {
    return params.getOrDefault(
        "currency", params.getOrDefault("line_items[0][price_data][currency]", "eur"));
  }

  private static long expiresAt(Map<String, String> params) {
    return params.containsKey("expires_at")
        ? Long.parseLong(params.get("expires_at"))
        : StubJson.now() + ONE_DAY;
  }
}
