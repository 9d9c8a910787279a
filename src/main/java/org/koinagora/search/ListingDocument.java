package org.koinagora.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the search index knows of one public listing: the text it is found by (both languages, with
 * the names of its category, tags, region and enterprise), what filters and facets use, and what a
 * result shows. {@code signature} changes whenever the listing or its enterprise does.
 */
public record ListingDocument(
    long id,
    String signature,
    String kind,
    String titleEl,
    String titleEn,
    String descriptionEl,
    String descriptionEn,
    BigDecimal price,
    Integer stock,
    String unit,
    Instant created,
    String thumbnail,
    long enterpriseId,
    String enterpriseName,
    String legalForm,
    String region,
    List<String> categoryPaths,
    List<String> tags,
    Names names) {

  /**
   * Names in Greek and in English: of the category with its parents, and of the tags, region and
   * legal form.
   */
  public record Names(
      List<String> categoryGreek,
      List<String> categoryEnglish,
      List<String> greek,
      List<String> english) {}

  /** The category itself: the last, deepest of its paths. */
  public String category() {
    return categoryPaths.get(categoryPaths.size() - 1);
  }
}
