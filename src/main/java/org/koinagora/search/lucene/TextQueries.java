package org.koinagora.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.koinagora.search.SearchParameters;
import org.koinagora.search.lucene.analysis.Greeklish;
import org.koinagora.search.lucene.analysis.SearchAnalyzers;

/**
 * Turns what a buyer typed into a Lucene query. The text is split into words (anything that looks
 * like query syntax is just punctuation here); every word must be found, in Greek, in English or as
 * Greeklish, or, when the words as typed find nothing, for words of 4 letters or more with one typo
 * (two from 8 letters). A word found as typed is worth {@link #EXACT}, a Greek word found only by
 * its sound (μέλυ for μέλι) {@link #SOUNDS_ALIKE} and a typo only {@link #TYPO}, so a misspelling
 * never outranks an exact match; within each, BM25 on the fields (title counts most) orders the
 * results.
 */
final class TextQueries {

  static final float EXACT = 10f;
  static final float SOUNDS_ALIKE = 2f;
  static final float TYPO = 1f;
  private static final float RELEVANCE = 0.2f;
  private static final int MAX_WORDS = SearchParameters.MAX_WORDS;

  /**
   * Title, description, category, the rest (enterprise, tags, region): a title or category match
   * says most.
   */
  private static final float[] WEIGHTS = {3, 1, 3, 1.5f};

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Analyzer greek = SearchAnalyzers.greek();
  private final Analyzer english = SearchAnalyzers.english();
  private final Analyzer greeklish = SearchAnalyzers.greeklish();
  private final Analyzer words = SearchAnalyzers.words();

  /** The words of the text, without the stop words unless nothing else is left. */
  List<String> words(String text) {
    List<String> all = new ArrayList<>();
    for (String word : WORD_SEPARATOR.split(text.strip())) {
      if (!word.isEmpty()) {
        all.add(word);
      }
    }
    List<String> meaningful = all.stream().filter(word -> !isStopWord(normalize(word))).toList();
    // the searches check their length first; this keeps any other caller (suggestions) inside
    // Lucene's clause limit
    List<String> words = meaningful.isEmpty() ? all : meaningful;
    return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
  }

  private boolean isStopWord(String word) {
    return SearchAnalyzers.GREEK_STOP_WORDS.contains(word)
        || SearchAnalyzers.ENGLISH_STOP_WORDS.contains(word);
  }

  /** Lower case, without accents: how the words and completion fields hold text. */
  String normalize(String word) {
    List<String> tokens = analyze(words, word);
    return tokens.isEmpty() ? word.toLowerCase(Locale.ROOT) : String.join(" ", tokens);
  }

  /**
   * The query for the words; typos are tried only when asked (when the words as typed found
   * nothing).
   */
  Query forText(String text, boolean withTypos) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    var all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(forWord(word, withTypos), words.size() <= 2 ? Occur.MUST : Occur.SHOULD);
    }
    if (words.size() > 2) {
      all.setMinimumNumberShouldMatch(words.size() - 1);
    }
    return all.build();
  }

  private Query forWord(String word, boolean withTypos) {
    var exact = new BooleanQuery.Builder();
    var soundsAlike = new BooleanQuery.Builder();
    var typo = new BooleanQuery.Builder();
    int letters = word.codePointCount(0, word.length());
    int edits = !withTypos ? 0 : letters >= 8 ? 2 : letters >= 4 ? 1 : 0;
    // a Latin word is English or Greeklish; a Greek word found only by its sound was misspelt
    var greeklishTier = Greeklish.isLatin(normalize(word)) ? exact : soundsAlike;
    add(
        exact,
        typo,
        edits,
        analyze(greek, word),
        List.of(Fields.TITLE_EL, Fields.BODY_EL, Fields.CATEGORY_EL, Fields.META_EL),
        WEIGHTS);
    add(
        exact,
        typo,
        edits,
        analyze(english, word),
        List.of(Fields.TITLE_EN, Fields.BODY_EN, Fields.CATEGORY_EN, Fields.META_EN),
        WEIGHTS);
    add(
        greeklishTier,
        typo,
        edits,
        analyze(greeklish, word),
        List.of(Fields.GREEKLISH_TITLE, Fields.GREEKLISH_BODY, Fields.GREEKLISH_META),
        new float[] {2, 0.8f, 2f});
    // the best tier a listing reaches counts, not the sum: a typo adds nothing to an exact match
    List<Query> tiers = new ArrayList<>(3);
    tier(tiers, exact.build(), EXACT);
    tier(tiers, soundsAlike.build(), SOUNDS_ALIKE);
    if (edits > 0) {
      tier(tiers, typo.build(), TYPO);
    }
    return new DisjunctionMaxQuery(tiers, 0f);
  }

  /** A tier scores its constant, then BM25 (scaled down) orders the matches within it. */
  private static void tier(List<Query> tiers, BooleanQuery tier, float bonus) {
    if (tier.clauses().isEmpty()) {
      return;
    }
    tiers.add(new OffsetScoreQuery(new BoostQuery(tier, RELEVANCE), bonus));
  }

  private static void add(
      BooleanQuery.Builder exact,
      BooleanQuery.Builder typo,
      int edits,
      List<String> terms,
      List<String> fields,
      float[] boosts) {
    for (String term : new LinkedHashSet<>(terms)) {
      for (int i = 0; i < fields.size(); i++) {
        exact.add(
            new BoostQuery(new TermQuery(new Term(fields.get(i), term)), boosts[i]), Occur.SHOULD);
      }
      int allowed = Math.min(edits, Math.max(0, term.length() - 2));
      if (allowed > 0) {
        // titles only: a buyer misspells what a thing is called, and scanning descriptions for near
        // words is slow
        typo.add(new FuzzyQuery(new Term(fields.get(0), term), allowed, 1, 20, true), Occur.SHOULD);
      }
    }
  }

  /** Analyzed forms of all query words, to mark them in titles and snippets. */
  Set<String> highlightTerms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (String word : words(text)) {
      terms.addAll(analyze(greek, word));
      terms.addAll(analyze(english, word));
      terms.addAll(analyze(greeklish, word));
    }
    return terms;
  }

  boolean matches(String displayWord, Set<String> queryTerms) {
    for (Analyzer analyzer : List.of(greek, english, greeklish)) {
      for (String term : analyze(analyzer, displayWord)) {
        if (queryTerms.contains(term)) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> analyze(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>(2);
    try (var stream = analyzer.tokenStream("", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
