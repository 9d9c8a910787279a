package org.koinagora.testsupport.stripe;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The events the stub has produced, newest first, as {@code GET /v1/events} lists them. */
final class StubEvents {

  private final List<JsonObject> newestFirst = new ArrayList<>();

  synchronized JsonObject add(String type, JsonObject object, String account) {
    JsonObject event = StubJson.event(type, object, account);
    newestFirst.add(0, event);
    return event;
  }

  synchronized List<JsonObject> all() {
    return List.copyOf(newestFirst);
  }

  synchronized JsonObject get(String id) {
    return newestFirst.stream()
        .filter(event -> event.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> ApiError.noSuch("event", id, "id"));
  }

  synchronized JsonObject list(Map<String, String> params) {
    int limit = Math.max(1, Math.min(100, Integer.parseInt(params.getOrDefault("limit", "10"))));
    List<JsonObject> matching =
        newestFirst.stream().filter(created(params).and(type(params))).toList();
    int from = startingAfter(matching, params.get("starting_after"));
    List<JsonObject> rest = matching.subList(from, matching.size());
    return StubJson.list(
        "/v1/events", rest.subList(0, Math.min(limit, rest.size())), rest.size() > limit);
  }

  private static Predicate<JsonObject> created(Map<String, String> params) {
    return event -> {
      long created = event.getJsonNumber("created").longValue();
      return holds(params.get("created"), bound -> created == bound)
          && holds(params.get("created[gt]"), bound -> created > bound)
          && holds(params.get("created[gte]"), bound -> created >= bound)
          && holds(params.get("created[lt]"), bound -> created < bound)
          && holds(params.get("created[lte]"), bound -> created <= bound);
    };
  }

  private static boolean holds(String bound, Predicate<Long> test) {
    return bound == null || test.test(Long.parseLong(bound));
  }

  private static Predicate<JsonObject> type(Map<String, String> params) {
    List<String> types = new ArrayList<>(FormParams.nested(params, "types").values());
    if (params.containsKey("type")) {
      types.add(params.get("type"));
    }
    return event -> types.isEmpty() || types.stream().anyMatch(type -> matches(type, event));
  }

  private static boolean matches(String type, JsonObject event) {
    String actual = event.getString("type");
    return type.endsWith(".*")
        ? actual.startsWith(type.substring(0, type.length() - 1))
        : actual.equals(type);
  }

  private static int startingAfter(List<JsonObject> events, String id) {
    for (int i = 0; id != null && i < events.size(); i++) {
      if (events.get(i).getString("id").equals(id)) {
        return i + 1;
      }
    }
    return 0;
  }
}
