package org.koinagora.search.lucene;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a text that match the buyer's words with {@code <mark>}, escaping the rest.
 */
final class Highlighter {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SNIPPET = 160;

  private final TextQueries queries;

  Highlighter(TextQueries queries) {
    this.queries = queries;
  }

  String mark(String text, Set<String> queryTerms) {
    var html = new StringBuilder(text.length() + 32);
    Matcher word = WORD.matcher(text);
    int from = 0;
    while (word.find()) {
      escape(text.substring(from, word.start()), html);
      boolean hit = !queryTerms.isEmpty() && queries.matches(word.group(), queryTerms);
      if (hit) {
        html.append("<mark>");
      }
      escape(word.group(), html);
      if (hit) {
        html.append("</mark>");
      }
      from = word.end();
    }
    escape(text.substring(from), html);
    return html.toString();
  }

  /** About {@value #SNIPPET} characters of the description, around the first matched word. */
  String snippet(String description, Set<String> queryTerms) {
    if (description == null || description.isBlank()) {
      return "";
    }
    int start = 0;
    Matcher word = WORD.matcher(description);
    while (!queryTerms.isEmpty() && word.find()) {
      if (queries.matches(word.group(), queryTerms)) {
        start = Math.max(0, word.start() - SNIPPET / 3);
        while (start > 0 && !Character.isWhitespace(description.charAt(start - 1))) {
          start--;
        }
        break;
      }
    }
    int end = Math.min(description.length(), start + SNIPPET);
    while (end < description.length() && !Character.isWhitespace(description.charAt(end))) {
      end++;
    }
    String part = description.substring(start, end);
    return (start > 0 ? "… " : "")
        + mark(part, queryTerms)
        + (end < description.length() ? " …" : "");
  }

  private static void escape(String text, StringBuilder html) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
