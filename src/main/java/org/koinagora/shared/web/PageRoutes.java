package org.koinagora.shared.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a feature tells the shared web layer about its pages: which URLs with an id or slug in the
 * path it serves from which view, and which of its public pages anonymous visitors may be served
 * from the page cache. Each feature has one such bean; {@code shared} names no feature's URL.
 */
public interface PageRoutes {

  /** A URL shape whose first group is handed to a Faces view, e.g. {@code /products/7}. */
  record PrettyUrl(Pattern path, String view) {

    public static PrettyUrl of(String regex, String view) {
      return new PrettyUrl(Pattern.compile(regex), view);
    }

    /** The view with the matched part appended, or null when the path is not of this shape. */
    String target(String requestPath) {
      var matcher = path.matcher(requestPath);
      return matcher.matches() ? view + matcher.group(1) : null;
    }
  }

  default List<PrettyUrl> prettyUrls() {
    return List.of();
  }

  /**
   * Views (ids or folder prefixes, e.g. {@code /login.xhtml}) whose forms keep view state; every
   * other view is stateless, so an anonymous visitor gets no session.
   */
  default List<String> statefulViews() {
    return List.of();
  }

  /** Path prefixes of pages that look the same to every anonymous visitor. */
  default List<String> cacheablePrefixes() {
    return List.of();
  }
}
