package org.koinagora.search.lucene.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms, the same at indexing and at query time:
 *
 * <ul>
 *   <li>Greek: case, accents and final sigma ignored, stop words dropped, inflections stemmed (μέλι
 *       = ΜΕΛΙ = μελι; κούπα, κούπες → κουπ);
 *   <li>English: lower case, possessives and stop words dropped, Porter stemming;
 *   <li>Greeklish: Latin words read as Greek, stemmed, then brought to a sound key with the Greek
 *       text ({@link Greeklish});
 *   <li>words: whole words in lower case without accents, for spelling suggestions and completion.
 * </ul>
 */
public final class SearchAnalyzers {

  public static final CharArraySet GREEK_STOP_WORDS = GreekAnalyzer.getDefaultStopSet();
  public static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private SearchAnalyzers() {}

  public static Analyzer greek() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new GreekLowerCaseFilter(source);
        stream = new StopFilter(stream, GREEK_STOP_WORDS);
        return new TokenStreamComponents(source, new GreekStemFilter(stream));
      }
    };
  }

  public static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        stream = new StopFilter(stream, ENGLISH_STOP_WORDS);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
  }

  public static Analyzer greeklish() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new GreekLowerCaseFilter(source));
        stream = new GreeklishFilter(stream, GreeklishFilter.Step.LATIN_TO_GREEK);
        stream = new StopFilter(new GreekLowerCaseFilter(stream), GREEK_STOP_WORDS);
        stream = new GreekStemFilter(stream);
        return new TokenStreamComponents(
            source, new GreeklishFilter(stream, GreeklishFilter.Step.SOUND_KEY));
      }
    };
  }

  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
            source, new ASCIIFoldingFilter(new GreekLowerCaseFilter(source)));
      }
    };
  }

  /**
   * Whole words as Greeklish sound keys, for completing what is typed in Latin or Greek letters.
   */
  public static Analyzer wordKeys() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new GreekLowerCaseFilter(source));
        stream =
            new GreekLowerCaseFilter(
                new GreeklishFilter(stream, GreeklishFilter.Step.LATIN_TO_GREEK));
        return new TokenStreamComponents(
            source, new GreeklishFilter(stream, GreeklishFilter.Step.SOUND_KEY));
      }
    };
  }

  /** One analyzer for a whole document, choosing by field name prefix. */
  public static Analyzer perField(Map<String, Analyzer> byField) {
    return new PerFieldAnalyzerWrapper(words(), byField);
  }
}
