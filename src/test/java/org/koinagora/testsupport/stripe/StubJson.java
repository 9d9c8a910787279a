package org.koinagora.testsupport.stripe;

import com.stripe.Stripe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The shapes Stripe's API answers with: objects, lists, events and errors. */
final class StubJson {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private StubJson() {}

  static String id(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder id = new StringBuilder(prefix).append('_');
    for (int i = 0; i < 24; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /** An API object created now: {@code id}, {@code object}, {@code livemode}, {@code created}. */
  static JsonObjectBuilder object(String id, String type) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("object", type)
        .add("livemode", false)
        .add("created", now());
  }

  static JsonObjectBuilder addOrNull(JsonObjectBuilder builder, String key, String value) {
    return value == null ? builder.addNull(key) : builder.add(key, value);
  }

  static JsonObject map(Map<String, String> entries) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    entries.forEach(builder::add);
    return builder.build();
  }

  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** A snapshot event pinned to the API version of the stripe-java on the classpath. */
  static JsonObject event(String type, JsonObject object, String account) {
    JsonObjectBuilder event =
        object(id("evt"), "event")
            .add("api_version", Stripe.API_VERSION)
            .add("pending_webhooks", 1)
            .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key"))
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("object", object));
    return account == null ? event.build() : event.add("account", account).build();
  }

  static JsonObject list(String url, List<JsonObject> data, boolean hasMore) {
    return Json.createObjectBuilder()
        .add("object", "list")
        .add("url", url)
        .add("has_more", hasMore)
        .add("data", Json.createArrayBuilder(data))
        .build();
  }

  static String error(String type, String code, String message, String param) {
    JsonObjectBuilder error = Json.createObjectBuilder().add("type", type).add("message", message);
    if (code != null) {
      error.add("code", code);
    }
    if (param != null) {
      error.add("param", param);
    }
    return Json.createObjectBuilder().add("error", error).build().toString();
  }
}
