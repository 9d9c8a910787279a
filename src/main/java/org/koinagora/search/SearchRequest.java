package org.koinagora.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * A buyer's search: free text (treated as words, never as query syntax), filters (each list means
 * "any of"), sort and page (from 1).
 */
public record SearchRequest(
    String text,
    List<String> categories,
    List<String> regions,
    List<String> tags,
    List<String> kinds,
    List<String> legalForms,
    Long enterpriseId,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    Sort sort,
    int page,
    int size,
    boolean english,
    List<String> bookings) {

  /** A search that does not filter on how services are booked. */
  public SearchRequest(
      String text,
      List<String> categories,
      List<String> regions,
      List<String> tags,
      List<String> kinds,
      List<String> legalForms,
      Long enterpriseId,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      Sort sort,
      int page,
      int size,
      boolean english) {
    this(
        text,
        categories,
        regions,
        tags,
        kinds,
        legalForms,
        enterpriseId,
        minPrice,
        maxPrice,
        sort,
        page,
        size,
        english,
        List.of());
  }

  public static final int MAX_SIZE = 100;

  public enum Sort {
    RELEVANCE,
    PRICE_UP,
    PRICE_DOWN,
    NEWEST
  }

  public static SearchRequest text(String text, boolean english) {
    return new SearchRequest(
        text,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        Sort.RELEVANCE,
        1,
        20,
        english);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
