package org.koinagora.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** What a member fills in for a listing; the category is a slug path like {@code food/honey}. */
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
    @NotNull(message = "{listing.status.required}") ListingStatus status) {}
