package org.koinagora.search;

import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search index of public listings, as the search feature needs it; {@code search/lucene} holds
 * the Lucene implementation. Writes become visible with {@link #refresh} and durable with {@link
 * #commit}.
 */
public interface ProductSearch extends Closeable {

  /** True when the index was just created empty (missing, unreadable, of an older layout). */
  boolean needsRebuild();

  void put(ListingDocument listing);

  void remove(long listingId);

  void removeEnterprise(long enterpriseId);

  /** Replaces everything with these listings, visible and durable on return. */
  void rebuild(Stream<ListingDocument> listings);

  void refresh();

  void commit();

  /** The signature of every indexed listing, to compare with the database. */
  Map<Long, String> signatures();

  SearchResults search(SearchRequest request, boolean highlight);

  /** Up to {@code max} titles for what is being typed. */
  List<String> complete(String typed, boolean english, int max);

  /** Changes whenever a change becomes visible to searches. */
  long version();

  int size();
}
