package org.koinagora.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.koinagora.search.SearchRequest;

/** Links of /search to the same search with another text or page, keeping filters and sort. */
final class SearchLinks {

  private SearchLinks() {}

  /** The sort as the page's parameter names it. */
  static String sort(SearchRequest request) {
    return switch (request.sort()) {
      case PRICE_UP -> "price-asc";
      case PRICE_DOWN -> "price-desc";
      case NEWEST -> "newest";
      case RELEVANCE -> "relevance";
    };
  }

  static String url(SearchRequest request, String text, int page) {
    var url = new StringBuilder("/search?q=").append(encode(text));
    for (String parameter : SearchFacets.FILTERS) {
      SearchFacets.selected(request, parameter)
          .forEach(value -> url.append('&').append(parameter).append('=').append(encode(value)));
    }
    if (request.minPrice() != null) {
      url.append("&minPrice=").append(request.minPrice().toPlainString());
    }
    if (request.maxPrice() != null) {
      url.append("&maxPrice=").append(request.maxPrice().toPlainString());
    }
    url.append("&sort=").append(sort(request));
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
  }
}
