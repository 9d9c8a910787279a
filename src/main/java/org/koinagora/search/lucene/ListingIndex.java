package org.koinagora.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.koinagora.search.ListingDocument;
import org.koinagora.search.ProductSearch;
import org.koinagora.search.SearchRequest;
import org.koinagora.search.SearchResults;
import org.koinagora.search.lucene.analysis.Greeklish;
import org.koinagora.search.lucene.analysis.SearchAnalyzers;
import org.koinagora.shared.Money;

/**
 * The Lucene index of public listings: one {@link IndexWriter}, near-real-time searchers (a change
 * is visible as soon as {@link #refresh} returns), facets from doc values. Knows nothing of the
 * database; {@code SearchService} keeps it in step.
 */
public final class ListingIndex implements ProductSearch {

  /** Changes whenever documents are built differently; an index of another layout is rebuilt. */
  public static final String LAYOUT = "koinagora-listings-2";

  private static final String LAYOUT_KEY = "layout";
  private static final List<String> FACETS =
      List.of("category", "region", "tag", "legalForm", "kind", "booking");
  private static final Sort NEWEST =
      new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true));

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final TextQueries queries = new TextQueries();
  private final Highlighter highlighter = new Highlighter(queries);
  private final boolean fresh;
  private volatile FacetState facetState;
  private final ResultCache results;

  private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {}

  /**
   * Opens the index in the directory; an index that is missing, unreadable or of another layout is
   * emptied, and {@link #needsRebuild} says so.
   */
  public ListingIndex(Directory directory) throws IOException {
    this(directory, true);
  }

  /** The index in this folder on disk. */
  public static ListingIndex openAt(Path folder) throws IOException {
    return new ListingIndex(FSDirectory.open(folder));
  }

  /** Without the result cache, every search does its work (for measuring). */
  ListingIndex(Directory directory, boolean cacheResults) throws IOException {
    this.directory = directory;
    this.results = cacheResults ? new ResultCache() : null;
    facetsConfig.setMultiValued("category", true);
    facetsConfig.setMultiValued("tag", true);
    boolean usable = usableLayout(directory);
    var config = new IndexWriterConfig(analyzer());
    config.setOpenMode(
        usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    fresh = !usable;
    if (fresh) {
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
      writer.commit();
    }
    searchers = new SearcherManager(writer, null);
  }

  private static boolean usableLayout(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (var reader = DirectoryReader.open(directory)) {
        return LAYOUT.equals(reader.getIndexCommit().getUserData().get(LAYOUT_KEY));
      }
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /** True when the index was just created empty, so everything must be added. */
  public boolean needsRebuild() {
    return fresh;
  }

  private static Analyzer analyzer() {
    Analyzer greek = SearchAnalyzers.greek();
    Analyzer english = SearchAnalyzers.english();
    Analyzer greeklish = SearchAnalyzers.greeklish();
    Map<String, Analyzer> byField = new HashMap<>();
    for (String field :
        List.of(Fields.TITLE_EL, Fields.BODY_EL, Fields.META_EL, Fields.CATEGORY_EL)) {
      byField.put(field, greek);
    }
    for (String field :
        List.of(Fields.TITLE_EN, Fields.BODY_EN, Fields.META_EN, Fields.CATEGORY_EN)) {
      byField.put(field, english);
    }
    byField.put(Fields.GREEKLISH_TITLE, greeklish);
    byField.put(Fields.GREEKLISH_BODY, greeklish);
    byField.put(Fields.GREEKLISH_META, greeklish);
    byField.put(Fields.WORD_KEYS, SearchAnalyzers.wordKeys());
    return SearchAnalyzers.perField(byField);
  }

  // ---- writing

  public void put(ListingDocument listing) {
    try {
      writer.updateDocument(new Term(Fields.ID, Long.toString(listing.id())), document(listing));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void remove(long listingId) {
    try {
      writer.deleteDocuments(new Term(Fields.ID, Long.toString(listingId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void removeEnterprise(long enterpriseId) {
    try {
      writer.deleteDocuments(new Term(Fields.ENTERPRISE, Long.toString(enterpriseId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything with these listings. */
  public void rebuild(Stream<ListingDocument> listings) {
    try {
      writer.deleteAll();
      listings.forEach(this::put);
      writer.forceMerge(1);
      commit();
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was written visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was written durable, with the layout it was written in. */
  public void commit() {
    try {
      if (writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document document(ListingDocument listing) {
    var doc = new Document();
    doc.add(new StringField(Fields.ID, Long.toString(listing.id()), Field.Store.YES));
    doc.add(new StoredField(Fields.SIGNATURE, listing.signature()));
    String titleEl = listing.title().el();
    String descriptionEl = listing.description().el();
    doc.add(new TextField(Fields.TITLE_EL, titleEl, Field.Store.YES));
    doc.add(new TextField(Fields.BODY_EL, descriptionEl, Field.Store.NO));
    doc.add(new StoredField(Fields.DESCRIPTION_EL, descriptionEl));
    String greekMeta =
        String.join(" ", listing.enterpriseName(), String.join(" ", listing.names().greek()));
    String greekCategory = String.join(" ", listing.names().categoryGreek());
    doc.add(new TextField(Fields.META_EL, greekMeta, Field.Store.NO));
    doc.add(new TextField(Fields.CATEGORY_EL, greekCategory, Field.Store.NO));
    doc.add(
        new TextField(
            Fields.CATEGORY_EN,
            String.join(" ", listing.names().categoryEnglish()),
            Field.Store.NO));
    String titleEn = listing.title().en();
    String descriptionEn = listing.description().en();
    if (titleEn != null) {
      doc.add(new TextField(Fields.TITLE_EN, titleEn, Field.Store.YES));
    }
    if (descriptionEn != null) {
      doc.add(new TextField(Fields.BODY_EN, descriptionEn, Field.Store.NO));
      doc.add(new StoredField(Fields.DESCRIPTION_EN, descriptionEn));
    }
    doc.add(
        new TextField(
            Fields.META_EN,
            String.join(" ", listing.enterpriseName(), String.join(" ", listing.names().english())),
            Field.Store.NO));
    doc.add(new TextField(Fields.GREEKLISH_TITLE, titleEl, Field.Store.NO));
    doc.add(new TextField(Fields.GREEKLISH_BODY, descriptionEl, Field.Store.NO));
    doc.add(new TextField(Fields.GREEKLISH_META, greekCategory + " " + greekMeta, Field.Store.NO));
    String completion =
        String.join(" ", titleEl, titleEn == null ? "" : titleEn, listing.enterpriseName());
    doc.add(new TextField(Fields.WORDS, completion, Field.Store.NO));
    doc.add(
        new TextField(Fields.WORD_KEYS, titleEl + " " + listing.enterpriseName(), Field.Store.NO));

    doc.add(new StringField(Fields.KIND, listing.kind(), Field.Store.YES));
    doc.add(
        new StringField(Fields.ENTERPRISE, Long.toString(listing.enterpriseId()), Field.Store.YES));
    doc.add(new StoredField(Fields.ENTERPRISE_NAME, listing.enterpriseName()));
    doc.add(new StringField(Fields.LEGAL_FORM, listing.legalForm(), Field.Store.NO));
    doc.add(new StringField(Fields.REGION, listing.region(), Field.Store.YES));
    for (String path : listing.categoryPaths()) {
      doc.add(new StringField(Fields.CATEGORY, path, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField("category", path));
    }
    doc.add(new StoredField(Fields.CATEGORY_LEAF, listing.category()));
    for (String tag : listing.tags()) {
      doc.add(new StringField(Fields.TAG, tag, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField("tag", tag));
    }
    doc.add(new SortedSetDocValuesFacetField("region", listing.region()));
    doc.add(new SortedSetDocValuesFacetField("legalForm", listing.legalForm()));
    doc.add(new SortedSetDocValuesFacetField("kind", listing.kind()));
    if (!"NONE".equals(listing.booking())) {
      doc.add(new StringField(Fields.BOOKING, listing.booking(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField("booking", listing.booking()));
    }

    long cents = listing.price().cents();
    doc.add(new LongPoint(Fields.PRICE_CENTS, cents));
    doc.add(new NumericDocValuesField(Fields.PRICE_CENTS, cents));
    doc.add(new StoredField(Fields.PRICE, listing.price().getAmount()));
    if (listing.stock() != null) {
      doc.add(new StoredField(Fields.STOCK, listing.stock()));
    }
    doc.add(new StoredField(Fields.UNIT, listing.unit()));
    doc.add(new NumericDocValuesField(Fields.CREATED, listing.created().toEpochMilli()));
    if (listing.thumbnail() != null) {
      doc.add(new StoredField(Fields.THUMBNAIL, listing.thumbnail()));
    }
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reading

  /** The signature of every indexed listing, to compare with the database. */
  public Map<Long, String> signatures() {
    return withSearcher(
        searcher -> {
          Map<Long, String> signatures = new HashMap<>();
          IndexReader reader = searcher.getIndexReader();
          StoredFields stored = reader.storedFields();
          var live = MultiBits.getLiveDocs(reader);
          Set<String> wanted = Set.of(Fields.ID, Fields.SIGNATURE);
          for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              Document document = stored.document(doc, wanted);
              signatures.put(
                  Long.parseLong(document.get(Fields.ID)), document.get(Fields.SIGNATURE));
            }
          }
          return signatures;
        });
  }

  public SearchResults search(SearchRequest request, boolean highlight) {
    return withSearcher(
        searcher -> {
          ResultCache.Search run =
              () -> {
                SearchResults found = search(searcher, request, highlight);
                if (found.total() == 0 && request.hasText()) {
                  String suggestion = didYouMean(searcher, request.text());
                  if (suggestion != null) {
                    return new SearchResults(
                        0, found.page(), found.size(), found.hits(), found.facets(), suggestion);
                  }
                }
                return found;
              };
          return results == null
              ? run.run()
              : results.get(searcher.getIndexReader(), request, highlight, run);
        });
  }

  /** The words as typed first; only when they find nothing, again allowing typos. */
  private SearchResults search(IndexSearcher searcher, SearchRequest request, boolean highlight)
      throws IOException {
    SearchResults exact = search(searcher, request, highlight, false);
    return exact.total() > 0 || !request.hasText()
        ? exact
        : search(searcher, request, highlight, true);
  }

  private SearchResults search(
      IndexSearcher searcher, SearchRequest request, boolean highlight, boolean withTypos)
      throws IOException {
    Query query = query(request, withTypos);
    int first = (request.page() - 1) * request.size();
    int wanted = Math.max(1, first + request.size());
    var facetsCollector = new FacetsCollector();
    TopDocs top = FacetsCollector.search(searcher, query, wanted, sort(request), facetsCollector);
    long total = facetsCollector.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    Set<String> marks =
        highlight && request.hasText() ? queries.highlightTerms(request.text()) : Set.of();
    List<SearchResults.Hit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = first; i < docs.length; i++) {
      hits.add(hit(stored.document(docs[i].doc), request.english(), highlight, marks));
    }
    return new SearchResults(
        total, request.page(), request.size(), hits, facets(searcher, facetsCollector), null);
  }

  private Query query(SearchRequest request, boolean withTypos) {
    var query = new BooleanQuery.Builder();
    query.add(
        request.hasText() ? queries.forText(request.text(), withTypos) : new MatchAllDocsQuery(),
        Occur.MUST);
    filter(query, Fields.CATEGORY, request.categories());
    filter(query, Fields.REGION, request.regions());
    filter(query, Fields.TAG, request.tags());
    filter(query, Fields.KIND, request.kinds());
    filter(query, Fields.BOOKING, request.bookings());
    filter(query, Fields.LEGAL_FORM, request.legalForms());
    if (request.enterpriseId() != null) {
      query.add(
          new TermQuery(new Term(Fields.ENTERPRISE, request.enterpriseId().toString())),
          Occur.FILTER);
    }
    if (request.minPrice() != null || request.maxPrice() != null) {
      long min = request.minPrice() == null ? Long.MIN_VALUE : cents(request.minPrice(), true);
      long max = request.maxPrice() == null ? Long.MAX_VALUE : cents(request.maxPrice(), false);
      query.add(LongPoint.newRangeQuery(Fields.PRICE_CENTS, min, max), Occur.FILTER);
    }
    return query.build();
  }

  private static long cents(BigDecimal euros, boolean roundUp) {
    return euros
        .movePointRight(2)
        .setScale(0, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
        .longValue();
  }

  private static void filter(BooleanQuery.Builder query, String field, List<String> anyOf) {
    if (anyOf.isEmpty()) {
      return;
    }
    List<BytesRef> values = anyOf.stream().map(BytesRef::new).toList();
    query.add(new TermInSetQuery(field, values), Occur.FILTER);
  }

  private static Sort sort(SearchRequest request) {
    return switch (request.sort()) {
      case PRICE_UP ->
          new Sort(new SortField(Fields.PRICE_CENTS, SortField.Type.LONG), NEWEST.getSort()[0]);
      case PRICE_DOWN ->
          new Sort(
              new SortField(Fields.PRICE_CENTS, SortField.Type.LONG, true), NEWEST.getSort()[0]);
      case NEWEST -> NEWEST;
      case RELEVANCE ->
          request.hasText() ? new Sort(SortField.FIELD_SCORE, NEWEST.getSort()[0]) : NEWEST;
    };
  }

  private SearchResults.Hit hit(
      Document doc, boolean english, boolean highlight, Set<String> marks) {
    String title =
        english && doc.get(Fields.TITLE_EN) != null
            ? doc.get(Fields.TITLE_EN)
            : doc.get(Fields.TITLE_EL);
    String description =
        english && doc.get(Fields.DESCRIPTION_EN) != null
            ? doc.get(Fields.DESCRIPTION_EN)
            : doc.get(Fields.DESCRIPTION_EL);
    var stock = doc.getField(Fields.STOCK);
    return new SearchResults.Hit(
        Long.parseLong(doc.get(Fields.ID)),
        title,
        doc.get(Fields.KIND),
        Money.euros(doc.get(Fields.PRICE)),
        Long.parseLong(doc.get(Fields.ENTERPRISE)),
        doc.get(Fields.ENTERPRISE_NAME),
        doc.get(Fields.CATEGORY_LEAF),
        Arrays.stream(doc.getValues(Fields.TAG)).sorted().toList(),
        doc.get(Fields.REGION),
        stock == null ? null : stock.numericValue().intValue(),
        doc.get(Fields.UNIT),
        doc.get(Fields.THUMBNAIL),
        highlight ? highlighter.mark(title, marks) : null,
        highlight ? highlighter.snippet(description, marks) : null);
  }

  private Map<String, Map<String, Integer>> facets(
      IndexSearcher searcher, FacetsCollector collector) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    if (state == null) {
      FACETS.forEach(dim -> facets.put(dim, Map.of()));
      return facets;
    }
    var counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : FACETS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = counts.getTopChildren(200, dim);
      } catch (IllegalArgumentException notIndexedYet) {
        result = null; // no listing has that dimension yet (e.g. no booked service)
      }
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.put(value.label, value.value.intValue());
        }
      }
      facets.put(dim, values);
    }
    return facets;
  }

  /** Facet ordinals are per reader; built once for each reader that searches. */
  private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    synchronized (this) {
      current = facetState;
      if (current != null && current.reader() == reader) {
        return current.state();
      }
      DefaultSortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      } catch (IllegalArgumentException noFacetsYet) {
        state = null;
      }
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  /**
   * The text with each unknown word replaced by the closest indexed one, if that finds something.
   */
  private String didYouMean(IndexSearcher searcher, String text) throws IOException {
    var spelling = new DirectSpellChecker();
    spelling.setMinQueryLength(3);
    List<String> words = queries.words(text);
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      String normalized = queries.normalize(word);
      SuggestWord[] suggestions =
          spelling.suggestSimilar(
              new Term(Fields.WORDS, normalized),
              1,
              searcher.getIndexReader(),
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        corrected.add(suggestions[0].string);
        changed = true;
      } else {
        corrected.add(normalized);
      }
    }
    if (!changed) {
      return null;
    }
    String suggestion = String.join(" ", corrected);
    var check = SearchRequest.text(suggestion, false);
    return search(searcher, check, false).total() > 0 ? suggestion : null;
  }

  /**
   * Up to {@code max} listing titles for what is being typed: the last word as the start of a word
   * (in Greek, English or Greeklish), the words before it whole.
   */
  public List<String> complete(String typed, boolean english, int max) {
    List<String> words = queries.words(typed == null ? "" : typed);
    if (words.isEmpty()) {
      return List.of();
    }
    var query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      String word = queries.normalize(words.get(i));
      boolean last = i == words.size() - 1;
      var either = new BooleanQuery.Builder();
      either.add(
          last
              ? new PrefixQuery(new Term(Fields.WORDS, word))
              : new TermQuery(new Term(Fields.WORDS, word)),
          Occur.SHOULD);
      String key = Greeklish.key(Greeklish.isLatin(word) ? Greeklish.toGreek(word) : word);
      either.add(
          last
              ? new PrefixQuery(new Term(Fields.WORD_KEYS, key))
              : new TermQuery(new Term(Fields.WORD_KEYS, key)),
          Occur.SHOULD);
      query.add(either.build(), Occur.MUST);
    }
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query.build(), max * 3, NEWEST);
          Set<String> titles = new LinkedHashSet<>();
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc doc : top.scoreDocs) {
            Document document = stored.document(doc.doc, Set.of(Fields.TITLE_EL, Fields.TITLE_EN));
            String title =
                english && document.get(Fields.TITLE_EN) != null
                    ? document.get(Fields.TITLE_EN)
                    : document.get(Fields.TITLE_EL);
            titles.add(title);
            if (titles.size() == max) {
              break;
            }
          }
          return List.copyOf(titles);
        });
  }

  /** Changes whenever a change becomes visible to searches. */
  public long version() {
    return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
  }

  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Reading needs a searcher; an error reading the index is not the caller's to handle. */
  private interface Reading<T> {
    T read(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Reading<T> reading) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return reading.read(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    commit();
    searchers.close();
    writer.close();
    directory.close();
  }
}
