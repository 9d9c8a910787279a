package org.koinagora.catalog.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Prices;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.validation.Violations;

/**
 * Imports listings from a spreadsheet. Headers may be English or Greek (case, accents and
 * punctuation do not matter); every row is checked first, and the file is imported whole or not at
 * all.
 */
@ApplicationScoped
public class ListingCsvImport {

  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 1000;

  /** The columns, with the header names each is known by (normalised). */
  enum Column {
    KIND("kind", "ειδοσ"),
    TITLE_EL("titleel", "title", "τιτλοσ", "τιτλοσελληνικα"),
    TITLE_EN("titleen", "τιτλοσαγγλικα", "τιτλοσen"),
    DESCRIPTION_EL("descriptionel", "description", "περιγραφη", "περιγραφηελληνικα"),
    DESCRIPTION_EN("descriptionen", "περιγραφηαγγλικα", "περιγραφηen"),
    PRICE("price", "τιμη"),
    VAT_RATE("vatrate", "vat", "φπα", "συντελεστησφπα"),
    UNIT("unit", "μοναδα"),
    STOCK("stock", "αποθεμα"),
    WEIGHT_GRAMS(
        "weightgrams", "weight", "weightg", "βαροσ", "βαροσγρ", "βαροσγραμμαρια", "βαροσαποστολησ"),
    CATEGORY("category", "κατηγορια"),
    TAGS("tags", "χαρακτηριστικα", "ετικετεσ"),
    STATUS("status", "κατασταση");

    final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    String field() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Set<Column> REQUIRED =
      EnumSet.of(
          Column.TITLE_EL, Column.DESCRIPTION_EL, Column.PRICE, Column.VAT_RATE, Column.CATEGORY);

  @Inject private ListingService listings;
  @Inject private Categories categories;
  @Inject private Validator validator;
  @Inject private Violations violations;

  public ImportPreview preview(byte[] file, Locale locale) {
    List<CsvParser.Row> rows = CsvParser.parse(decode(file));
    if (rows.isEmpty()) {
      return new ImportPreview(List.of());
    }
    Map<Column, Integer> columns = columns(rows.get(0));
    List<ImportRow> results = new ArrayList<>();
    List<ImportRow.RowError> headerErrors = new ArrayList<>();
    for (Column required : REQUIRED) {
      if (!columns.containsKey(required)) {
        headerErrors.add(
            new ImportRow.RowError(
                required.field(), Texts.get(locale, "csv.missing_column", required.field())));
      }
    }
    if (!headerErrors.isEmpty()) {
      return new ImportPreview(List.of(new ImportRow(rows.get(0).line(), "", null, headerErrors)));
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw new CsvRejectedException("csv.too_many_rows");
    }
    for (CsvParser.Row row : rows.subList(1, rows.size())) {
      results.add(read(row, columns, locale));
    }
    return new ImportPreview(results);
  }

  /** Imports every row, or nothing when any row has an error. */
  @Transactional
  public int importAll(SignedInUser member, Long enterpriseId, byte[] file, Locale locale) {
    ImportPreview preview = preview(file, locale);
    if (!preview.isImportable()) {
      throw new ImportRefusedException(preview);
    }
    for (ImportRow row : preview.rows()) {
      listings.create(member, enterpriseId, row.draft());
    }
    return preview.rows().size();
  }

  private ImportRow read(CsvParser.Row row, Map<Column, Integer> columns, Locale locale) {
    Map<Column, String> values = new EnumMap<>(Column.class);
    columns.forEach(
        (column, index) ->
            values.put(column, index < row.fields().size() ? row.fields().get(index).strip() : ""));
    var cells = new Cells(values, locale);
    ListingKind kind =
        cells.choice(Column.KIND, ListingKind.class, "ListingKind.", ListingKind.PRODUCT);
    var price = cells.value(Column.PRICE, typed -> Prices.parse(typed, locale));
    Integer vatRate = cells.integer(Column.VAT_RATE, "listing.vatRate.invalid");
    Integer stock = cells.integer(Column.STOCK, "listing.stock.invalid");
    Integer weightGrams = cells.integer(Column.WEIGHT_GRAMS, "listing.weightGrams.invalid");
    Unit unit =
        cells.choice(
            Column.UNIT,
            Unit.class,
            "Unit.",
            kind == ListingKind.SERVICE ? Unit.SESSION : Unit.PIECE);
    ListingStatus status =
        cells.choice(Column.STATUS, ListingStatus.class, "ListingStatus.", ListingStatus.ACTIVE);
    Set<Tag> tags = cells.tags();
    if (tags.contains(Tag.ORGANIC)) {
      // a file has no place for the certification the organic tag needs (EU 2018/848)
      cells.error(Column.TAGS, "csv.organic_on_form");
    }
    String category = values.getOrDefault(Column.CATEGORY, "");
    if (!category.isBlank() && categories.byPath(category).isEmpty()) {
      cells.error(Column.CATEGORY, "listing.category.unknown");
    }
    var draft =
        new ListingDraft(
            kind,
            values.get(Column.TITLE_EL),
            values.get(Column.TITLE_EN),
            values.get(Column.DESCRIPTION_EL),
            values.get(Column.DESCRIPTION_EN),
            price,
            vatRate,
            unit,
            stock,
            category,
            tags,
            status,
            null,
            null,
            weightGrams);
    List<ImportRow.RowError> errors = cells.errors;
    Set<String> reported = new HashSet<>();
    errors.forEach(error -> reported.add(error.column()));
    for (var violation : validator.validate(draft)) {
      String field = Violations.field(violation);
      if (!reported.contains(field) && !reported.contains(columnOf(field))) {
        reported.add(field);
        errors.add(new ImportRow.RowError(field, violations.message(violation, locale)));
      }
    }
    String title = values.getOrDefault(Column.TITLE_EL, "");
    return new ImportRow(row.line(), title, errors.isEmpty() ? draft : null, List.copyOf(errors));
  }

  /** The column a draft field comes from ({@code vatRate} → {@code vat_rate}). */
  private static String columnOf(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static Map<Column, Integer> columns(CsvParser.Row header) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < header.fields().size(); i++) {
      String name = normalise(header.fields().get(i));
      for (Column column : Column.values()) {
        if (column.names.contains(name) && !columns.containsKey(column)) {
          columns.put(column, i);
        }
      }
    }
    return columns;
  }

  /** Lower case, no accents, final sigma folded, letters and digits only. */
  static String normalise(String text) {
    String lower = text.strip().toLowerCase(Locale.forLanguageTag("el")).replace('ς', 'σ');
    return Normalizer.normalize(lower, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String decode(byte[] file) {
    if (file == null || file.length == 0) {
      return "";
    }
    if (file.length > MAX_BYTES) {
      throw new CsvRejectedException("csv.too_big");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CsvRejectedException("csv.not_utf8");
    }
  }

  /** One row's cells read into values; what a cell cannot give is noted against its column. */
  private static final class Cells {

    private final Map<Column, String> values;
    private final Locale locale;
    private final List<ImportRow.RowError> errors = new ArrayList<>();

    Cells(Map<Column, String> values, Locale locale) {
      this.values = values;
      this.locale = locale;
    }

    void error(Column column, String messageKey, Object... arguments) {
      errors.add(new ImportRow.RowError(column.field(), Texts.get(locale, messageKey, arguments)));
    }

    /** A constant given by its name or its Greek or English label ({@code labelPrefix} + name). */
    <E extends Enum<E>> E choice(Column column, Class<E> type, String labelPrefix, E fallback) {
      String value = values.get(column);
      if (value == null || value.isBlank()) {
        return fallback;
      }
      String wanted = normalise(value);
      for (E constant : type.getEnumConstants()) {
        if (normalise(constant.name()).equals(wanted)
            || normalise(Texts.get(Locale.forLanguageTag("el"), labelPrefix + constant.name()))
                .equals(wanted)
            || normalise(Texts.get(Locale.ENGLISH, labelPrefix + constant.name())).equals(wanted)) {
          return constant;
        }
      }
      error(column, "csv.unknown_value", value);
      return fallback;
    }

    Set<Tag> tags() {
      String value = values.get(Column.TAGS);
      Set<Tag> tags = EnumSet.noneOf(Tag.class);
      if (value == null || value.isBlank()) {
        return tags;
      }
      Map<String, Tag> known = new HashMap<>();
      for (Tag tag : Tag.values()) {
        known.put(normalise(tag.slug()), tag);
        known.put(normalise(Texts.get(Locale.forLanguageTag("el"), "Tag." + tag.name())), tag);
        known.put(normalise(Texts.get(Locale.ENGLISH, "Tag." + tag.name())), tag);
      }
      for (String part : value.split("[|,]")) {
        if (part.isBlank()) {
          continue;
        }
        Tag tag = known.get(normalise(part));
        if (tag == null) {
          error(Column.TAGS, "csv.unknown_value", part.strip());
        } else {
          tags.add(tag);
        }
      }
      return tags;
    }

    Integer integer(Column column, String messageKey) {
      String value = values.get(column);
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Integer.valueOf(value.replace("%", "").strip());
      } catch (NumberFormatException e) {
        error(column, messageKey);
        return null;
      }
    }

    /** The cell parsed; a refusal becomes the column's error and the value null. */
    <T> T value(Column column, Function<String, T> parser) {
      try {
        return parser.apply(values.get(column));
      } catch (BusinessException e) {
        error(column, e.messageKey());
        return null;
      }
    }
  }
}
