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
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchService;

/**
 * The JSON of recent API searches, ready to send: a popular search costs one lookup. Emptied as
 * soon as the index shows a change, so an answer is never older than the index.
 */
@ApplicationScoped
public class SearchAnswers {

  private static final int MAX_ENTRIES = 4_096;

  @Inject private SearchService search;
  private final Jsonb jsonb = JsonbBuilder.create();
  private final Map<SearchRequest, byte[]> answers = new ConcurrentHashMap<>();
  private volatile long version = -1;

  byte[] json(SearchRequest request, Supplier<Object> answer) {
    long current = search.version();
    if (current != version) {
      synchronized (this) {
        if (current != version) {
          answers.clear();
          version = current;
        }
      }
    }
    byte[] cached = answers.get(request);
    if (cached != null) {
      return cached;
    }
    byte[] json = jsonb.toJson(answer.get()).getBytes(StandardCharsets.UTF_8);
    if (answers.size() >= MAX_ENTRIES) {
      answers.clear();
    }
    if (version == current) {
      answers.put(request, json);
    }
    return json;
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
