package org.koinagora.search;

import java.util.List;
import java.util.Map;
import org.koinagora.shared.Money;

/**
 * One page of results, the facet counts over all matches, and a spelling suggestion when none
 * matched.
 */
public record SearchResults(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    String didYouMean) {

  /**
   * A found listing, with its title (in the buyer's language) and a snippet marked up around the
   * matched words.
   */
  public record Hit(
      long id,
      String title,
      String kind,
      Money price,
      long enterpriseId,
      String enterpriseName,
      String category,
      List<String> tags,
      String region,
      Integer available,
      String unit,
      String thumbnail,
      String titleHtml,
      String snippetHtml) {}
}
