package org.koinagora.search;

import java.time.Instant;
import java.util.List;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.Money;

/**
 * What the search index knows of one public listing: the text it is found by (both languages, with
 * the names of its category, tags, region and enterprise), what filters and facets use, and what a
 * result shows. {@code signature} changes whenever the listing or its enterprise does.
 */
public record ListingDocument(
    long id,
    String signature,
    String kind,
    BilingualText title,
    BilingualText description,
    Money price,
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
    Names names,
    String booking) {

  /** A listing bought without booking (a product, or a service agreed with the enterprise). */
  public ListingDocument(
      long id,
      String signature,
      String kind,
      BilingualText title,
      BilingualText description,
      Money price,
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
    this(
        id,
        signature,
        kind,
        title,
        description,
        price,
        stock,
        unit,
        created,
        thumbnail,
        enterpriseId,
        enterpriseName,
        legalForm,
        region,
        categoryPaths,
        tags,
        names,
        "NONE");
  }

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
