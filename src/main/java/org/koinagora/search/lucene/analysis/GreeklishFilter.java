package org.koinagora.search.lucene.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns each token into text Greek analysis can read ({@link #toGreek}) or into its sound key. */
final class GreeklishFilter extends TokenFilter {

  enum Step {
    LATIN_TO_GREEK,
    SOUND_KEY
  }

  private final Step step;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  GreeklishFilter(TokenStream input, Step step) {
    super(input);
    this.step = step;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (step == Step.LATIN_TO_GREEK) {
      if (Greeklish.isLatin(term)) {
        String greek = Greeklish.toGreek(term.toString());
        term.setEmpty().append(greek);
      }
    } else {
      String key = Greeklish.key(term.toString());
      term.setEmpty().append(key);
    }
    return true;
  }
}
