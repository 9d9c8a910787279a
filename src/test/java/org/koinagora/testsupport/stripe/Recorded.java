package org.koinagora.testsupport.stripe;

import java.util.Map;

/**
 * One request the stub received. Params are the decoded query and form body under their raw bracket
 * names ({@code metadata[order_id]}); headers are looked up case-insensitively.
 */
public record Recorded(
    String method, String path, Map<String, String> params, Map<String, String> headers) {

  public String param(String name) {
    return params.get(name);
  }

  public String header(String name) {
    return headers.get(name);
  }

  public String idempotencyKey() {
    return header("Idempotency-Key");
  }
}
