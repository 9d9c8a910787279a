package org.koinagora.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;

/**
 * What a member fills in for a listing, as typed, so that each field is validated with its own
 * message; the category is a slug path like {@code food/honey}. {@link #title()}, {@link
 * #description()} and {@link #money()} give the validated values as value objects.
 */
public record ListingDraft(
    @NotNull(message = "{listing.kind.required}") ListingKind kind,
    @NotBlank(message = "{listing.title.required}")
        @Size(max = Listing.TITLE_MAX, message = "{listing.title.size}")
        String titleEl,
    @Size(max = Listing.TITLE_MAX, message = "{listing.title.size}") String titleEn,
    @NotBlank(message = "{listing.description.required}")
        @Size(max = Listing.DESCRIPTION_MAX, message = "{listing.description.size}")
        String descriptionEl,
    @Size(max = Listing.DESCRIPTION_MAX, message = "{listing.description.size}")
        String descriptionEn,
    @NotNull(message = "{listing.price.invalid}")
        @DecimalMin(value = "0", inclusive = false, message = "{listing.price.invalid}")
        @DecimalMax(value = "100000", message = "{listing.price.invalid}")
        @Digits(integer = 6, fraction = 2, message = "{listing.price.invalid}")
        BigDecimal price,
    @NotNull(message = "{listing.vatRate.invalid}") @ValidVatRate Integer vatRate,
    @NotNull(message = "{listing.unit.required}") Unit unit,
    @Min(value = 0, message = "{listing.stock.invalid}") Integer stock,
    @NotBlank(message = "{listing.category.unknown}") String category,
    @NotNull Set<Tag> tags,
    @NotNull(message = "{listing.status.required}") ListingStatus status,
    @Pattern(
            regexp = "(?i)^$|^[A-Z]{2}-[A-Z]{2,4}-[0-9]{2,3}$",
            message = "{listing.organicBody.invalid}")
        String organicBody,
    @Size(max = Listing.CERTIFICATE_MAX, message = "{listing.organicCertificate.size}")
        String organicCertificate,
    @Min(value = 1, message = "{listing.weightGrams.invalid}")
        @Max(value = Listing.WEIGHT_GRAMS_MAX, message = "{listing.weightGrams.invalid}")
        Integer weightGrams) {

  /** A draft without an organic certification. */
  public ListingDraft(
      ListingKind kind,
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      BigDecimal price,
      Integer vatRate,
      Unit unit,
      Integer stock,
      String category,
      Set<Tag> tags,
      ListingStatus status) {
    this(
        kind,
        titleEl,
        titleEn,
        descriptionEl,
        descriptionEn,
        price,
        vatRate,
        unit,
        stock,
        category,
        tags,
        status,
        null,
        null,
        null);
  }

  /** A draft without a shipping weight. */
  public ListingDraft(
      ListingKind kind,
      String titleEl,
      String titleEn,
      String descriptionEl,
      String descriptionEn,
      BigDecimal price,
      Integer vatRate,
      Unit unit,
      Integer stock,
      String category,
      Set<Tag> tags,
      ListingStatus status,
      String organicBody,
      String organicCertificate) {
    this(
        kind,
        titleEl,
        titleEn,
        descriptionEl,
        descriptionEn,
        price,
        vatRate,
        unit,
        stock,
        category,
        tags,
        status,
        organicBody,
        organicCertificate,
        null);
  }

  /** The draft of a listing's current values. */
  public static ListingDraft of(
      ListingKind kind,
      BilingualText title,
      BilingualText description,
      Money price,
      int vatRate,
      Unit unit,
      Integer stock,
      String category,
      Set<Tag> tags,
      ListingStatus status,
      String organicBody,
      String organicCertificate,
      Integer weightGrams) {
    return new ListingDraft(
        kind,
        title.el(),
        title.en(),
        description.el(),
        description.en(),
        price.decimal(),
        vatRate,
        unit,
        stock,
        category,
        tags,
        status,
        organicBody,
        organicCertificate,
        weightGrams);
  }

  /**
   * The «βιολογικό» tag stands only on a certified product (EU 2018/848): the control body's code
   * and the certificate number are both given.
   *
   * @throws InvalidInputException naming the missing field
   */
  public void requireCertificationWhereOrganic() {
    if (tags == null || !tags.contains(Tag.ORGANIC)) {
      return;
    }
    if (organicBody == null || organicBody.isBlank()) {
      throw new InvalidInputException("organicBody", "listing.organicBody.required");
    }
    if (organicCertificate == null || organicCertificate.isBlank()) {
      throw new InvalidInputException("organicCertificate", "listing.organicCertificate.required");
    }
  }

  /** The title, once validated. */
  public BilingualText title() {
    return BilingualText.of(titleEl, titleEn);
  }

  /** The description, once validated. */
  public BilingualText description() {
    return BilingualText.of(descriptionEl, descriptionEn);
  }

  /** The price, once validated (at most two decimals). */
  public Money money() {
    return Money.euros(price);
  }
}
