package org.koinagora.search.lucene;

/** Field names of the index; {@link ListingIndex#LAYOUT} changes whenever they do. */
final class Fields {

  static final String ID = "id";
  static final String SIGNATURE = "signature";
  static final String TITLE_EL = "title_el";
  static final String TITLE_EN = "title_en";
  static final String BODY_EL = "body_el";
  static final String BODY_EN = "body_en";
  static final String META_EL = "meta_el";
  static final String META_EN = "meta_en";
  static final String CATEGORY_EL = "category_el";
  static final String CATEGORY_EN = "category_en";
  static final String GREEKLISH_TITLE = "gl_title";
  static final String GREEKLISH_BODY = "gl_body";
  static final String GREEKLISH_META = "gl_meta";
  static final String WORDS = "words";
  static final String WORD_KEYS = "word_keys";
  static final String DESCRIPTION_EL = "description_el";
  static final String DESCRIPTION_EN = "description_en";
  static final String KIND = "kind";
  static final String BOOKING = "booking";
  static final String PRICE = "price";
  static final String PRICE_CENTS = "price_cents";
  static final String STOCK = "stock";
  static final String UNIT = "unit";
  static final String CREATED = "created";
  static final String THUMBNAIL = "thumbnail";
  static final String ENTERPRISE = "enterprise";
  static final String ENTERPRISE_NAME = "enterprise_name";
  static final String LEGAL_FORM = "legalForm";
  static final String REGION = "region";
  static final String CATEGORY = "category";
  static final String CATEGORY_LEAF = "category_leaf";
  static final String TAG = "tag";

  private Fields() {}
}
