package org.koinagora.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.koinagora.shared.i18n.Texts;

/** The words a listing is also found by besides its own text: the names of what it belongs to. */
public final class DocumentNames {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  /** A category on the way from the root to the listing's own. */
  public record CategoryName(String path, String greek, String english) {}

  private DocumentNames() {}

  public static ListingDocument.Names of(
      List<CategoryName> categories, List<String> tagSlugs, String region, String legalForm) {
    List<String> categoryGreek = new ArrayList<>();
    List<String> categoryEnglish = new ArrayList<>();
    for (CategoryName category : categories) {
      categoryGreek.add(category.greek());
      categoryEnglish.add(category.english());
    }
    List<String> greek = new ArrayList<>();
    List<String> english = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    tagSlugs.forEach(slug -> keys.add("Tag." + slug.toUpperCase(Locale.ROOT).replace('-', '_')));
    keys.add("Region." + region);
    keys.add("LegalForm." + legalForm);
    for (String key : keys) {
      greek.add(Texts.get(GREEK, key));
      english.add(Texts.get(Locale.ENGLISH, key));
    }
    return new ListingDocument.Names(categoryGreek, categoryEnglish, greek, english);
  }
}
