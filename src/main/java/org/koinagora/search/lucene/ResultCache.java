package org.koinagora.search.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;

/**
 * The answers to the most recent searches, for the reader that computed them: popular searches
 * repeat, and each one costs a pass over all its matches (totals and facets). Any change to the
 * index opens a new reader, which empties the cache, so an answer is never older than the index.
 */
final class ResultCache {

  static final int MAX_ENTRIES = 4_096;

  private record Key(SearchRequest request, boolean highlight) {}

  /** Computes an answer that is not cached yet. */
  interface Search {
    SearchResults run() throws IOException;
  }

  private long version = -1;
  private final Map<Key, SearchResults> answers =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchResults> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  SearchResults get(IndexReader current, SearchRequest request, boolean highlight, Search search)
      throws IOException {
    var key = new Key(request, highlight);
    long readerVersion = ((DirectoryReader) current).getVersion();
    synchronized (this) {
      if (readerVersion > version) {
        answers.clear();
        version = readerVersion;
      }
      SearchResults cached = readerVersion == version ? answers.get(key) : null;
      if (cached != null) {
        return cached;
      }
    }
    SearchResults computed = search.run();
    synchronized (this) {
      if (readerVersion == version) {
        answers.put(key, computed);
      }
    }
    return computed;
  }
}
