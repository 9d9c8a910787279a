package org.koinagora.search.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.koinagora.search.IndexVersion;

/**
 * The JSON of recent API searches, by language and query string, ready to send: a popular search
 * costs one lookup (in {@link SearchAnswerFilter}, before JAX-RS). Emptied as soon as the index
 * shows a change, so an answer is never older than the index.
 */
@ApplicationScoped
public class SearchAnswers {

  private static final int MAX_ENTRIES = 4_096;

  @Inject private IndexVersion index;
  private final Jsonb jsonb = JsonbBuilder.create();
  private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
  private volatile long version = -1;

  /** The stored answer for this language and query string, if the index has not changed since. */
  byte[] stored(String key) {
    long current = currentVersion();
    return current == version ? answers.get(key) : null;
  }

  byte[] json(String key, Supplier<Object> answer) {
    long current = currentVersion();
    byte[] cached = answers.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] json = jsonb.toJson(answer.get()).getBytes(StandardCharsets.UTF_8);
    if (answers.size() >= MAX_ENTRIES) {
      answers.clear();
    }
    if (version == current) {
      answers.put(key, json);
    }
    return json;
  }

  static String key(String language, String queryString) {
    return language + "?" + (queryString == null ? "" : queryString);
  }

  private long currentVersion() {
    long current = index.current();
    if (current != version) {
      synchronized (this) {
        if (current != version) {
          answers.clear();
          version = current;
        }
      }
    }
    return current;
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // nothing holds resources that outlive the application
    }
  }
}
