package org.koinagora.testsupport.stripe;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the stub answers one request with. */
record Reply(int status, String body, Map<String, String> headers) {

  static Reply json(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "application/json"));
  }

  static Reply html(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "text/html; charset=utf-8"));
  }

  static Reply redirect(String location) {
    return new Reply(303, "", Map.of("Location", location));
  }

  Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, body, more);
  }

  void send(HttpExchange exchange) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
