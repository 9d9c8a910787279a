package org.koinagora.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ServiceBooking;
import org.koinagora.catalog.Tag;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.InvalidInputException;

/**
 * Reads a search from request parameters, the same for the API and the /search page; a value that
 * cannot be right is refused naming its parameter.
 */
public final class SearchParameters {

  /**
   * What one search may hold: each word expands to a clause per field, language and typo, and
   * Lucene has a limit.
   */
  public static final int MAX_WORDS = 12;

  public static final int MAX_QUERY_LENGTH = 200;
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchParameters() {}

  /**
   * The first {@link #MAX_WORDS} words of a longer query, for a page that searches them and says
   * so.
   */
  public static String shortened(String q) {
    String[] words = WORD_SEPARATOR.split(q == null ? "" : q.strip());
    String first =
        String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, MAX_WORDS)));
    return first.length() > MAX_QUERY_LENGTH ? first.substring(0, MAX_QUERY_LENGTH) : first;
  }

  private static String query(String q) {
    String text = q == null ? "" : q.strip();
    long words = Arrays.stream(WORD_SEPARATOR.split(text)).filter(word -> !word.isEmpty()).count();
    if (text.length() > MAX_QUERY_LENGTH || words > MAX_WORDS) {
      throw new InvalidInputException("q", "search.q.too_long", MAX_WORDS, MAX_QUERY_LENGTH);
    }
    return text;
  }

  public record Raw(
      String q,
      List<String> category,
      List<String> region,
      List<String> tag,
      List<String> kind,
      List<String> legalForm,
      String enterprise,
      String minPrice,
      String maxPrice,
      String sort,
      String page,
      String size,
      boolean english,
      List<String> booking) {}

  public static SearchRequest read(Raw raw, Categories categories) {
    List<String> category =
        values(raw.category(), "category", path -> categories.byPath(path).isPresent(), false);
    List<String> region = values(raw.region(), "region", names(Region.values()), true);
    List<String> tag = values(raw.tag(), "tag", slug -> Tag.fromSlug(slug).isPresent(), false);
    List<String> kind = values(raw.kind(), "kind", names(ListingKind.values()), true);
    List<String> legalForm = values(raw.legalForm(), "legalForm", names(LegalForm.values()), true);
    List<String> booking =
        values(
            raw.booking(),
            "booking",
            value -> !"NONE".equals(value) && names(ServiceBooking.values()).test(value),
            true);
    Long enterprise =
        raw.enterprise() == null || raw.enterprise().isBlank()
            ? null
            : number(raw.enterprise(), "enterprise", 1, Long.MAX_VALUE);
    BigDecimal minPrice = price(raw.minPrice(), "minPrice");
    BigDecimal maxPrice = price(raw.maxPrice(), "maxPrice");
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw new InvalidInputException("maxPrice", "search.price.range");
    }
    int page =
        raw.page() == null || raw.page().isBlank()
            ? 1
            : (int) number(raw.page(), "page", 1, 10_000);
    int size =
        raw.size() == null || raw.size().isBlank()
            ? 20
            : (int) number(raw.size(), "size", 1, SearchRequest.MAX_SIZE);
    return new SearchRequest(
        query(raw.q()),
        category,
        region,
        tag,
        kind,
        legalForm,
        enterprise,
        minPrice,
        maxPrice,
        sort(raw.sort()),
        page,
        size,
        raw.english(),
        booking);
  }

  private static Predicate<String> names(Enum<?>[] constants) {
    return value -> Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value));
  }

  private static List<String> values(
      List<String> given, String field, Predicate<String> known, boolean upperCase) {
    List<String> values = new ArrayList<>();
    if (given == null) {
      return values;
    }
    for (String value : given) {
      if (value == null || value.isBlank()) {
        continue;
      }
      String normalized =
          upperCase ? value.strip().toUpperCase(Locale.ROOT).replace('-', '_') : value.strip();
      if (!known.test(normalized)) {
        throw new InvalidInputException(field, "search.filter.unknown", value);
      }
      values.add(normalized);
    }
    return values;
  }

  private static long number(String text, String field, long min, long max) {
    try {
      long value = Long.parseLong(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new InvalidInputException(field, "search.number.invalid", min, max);
  }

  private static BigDecimal price(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      BigDecimal price = new BigDecimal(text.strip().replace(',', '.'));
      if (price.signum() >= 0 && price.compareTo(BigDecimal.valueOf(100_000)) <= 0) {
        return price;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new InvalidInputException(field, "search.price.invalid");
  }

  private static SearchRequest.Sort sort(String text) {
    if (text == null || text.isBlank()) {
      return SearchRequest.Sort.RELEVANCE;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "price-asc", "price_asc", "price" -> SearchRequest.Sort.PRICE_UP;
      case "price-desc", "price_desc" -> SearchRequest.Sort.PRICE_DOWN;
      case "newest" -> SearchRequest.Sort.NEWEST;
      default -> throw new InvalidInputException("sort", "search.sort.invalid");
    };
  }
}
