package org.koinagora.fairs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;

/** A stand's new place, size, price and features, from the organiser's plan editor. */
public record StandChange(
    @Min(value = 0, message = "{stand.position.invalid}") int x,
    @Min(value = 0, message = "{stand.position.invalid}") int y,
    @Min(value = 1, message = "{stand.size.invalid}")
        @Max(value = 50, message = "{stand.size.invalid}")
        int width,
    @Min(value = 1, message = "{stand.size.invalid}")
        @Max(value = 50, message = "{stand.size.invalid}")
        int depth,
    @NotNull(message = "{stand.price.invalid}")
        @DecimalMin(value = "0", message = "{stand.price.invalid}")
        @DecimalMax(value = "100000", message = "{stand.price.invalid}")
        BigDecimal price,
    Set<StandFeature> features) {}
