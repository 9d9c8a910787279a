package org.koinagora.testsupport.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stripe's form encoding kept flat: {@code line_items[0][price_data][unit_amount]} is one key. */
final class FormParams {

  private FormParams() {}

  static Map<String, String> decode(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  /** Fails like Stripe when one of the named params is absent. */
  static void require(Map<String, String> params, String... names) {
    for (String name : names) {
      if (!params.containsKey(name)) {
        throw ApiError.missingParam(name);
      }
    }
  }

  /** The one-level entries under a hash: {@code metadata[order_id]=7} gives {@code order_id=7}. */
  static Map<String, String> nested(Map<String, String> params, String prefix) {
    Map<String, String> nested = new LinkedHashMap<>();
    String open = prefix + "[";
    params.forEach(
        (key, value) -> {
          String inner =
              key.startsWith(open) && key.endsWith("]")
                  ? key.substring(open.length(), key.length() - 1)
                  : null;
          if (inner != null && !inner.contains("[") && !inner.contains("]")) {
            nested.put(inner, value);
          }
        });
    return nested;
  }

  /** How many entries a list has: {@code line_items[0][…]} and {@code line_items[1][…]} give 2. */
  static int count(Map<String, String> params, String list) {
    int count = 0;
    while (hasEntry(params, list + "[" + count + "]")) {
      count++;
    }
    return count;
  }

  private static boolean hasEntry(Map<String, String> params, String prefix) {
    return params.keySet().stream().anyMatch(key -> key.startsWith(prefix));
  }
}
