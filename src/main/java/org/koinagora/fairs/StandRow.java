package org.koinagora.fairs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Set;

/** A row of {@code count} equal stands, coded {@code prefix}1…n, from (x, y) to the right. */
public record StandRow(
    @NotNull(message = "{stand.prefix.invalid}")
        @Pattern(regexp = "[A-Z]{1,3}", message = "{stand.prefix.invalid}")
        String prefix,
    @Min(value = 1, message = "{stand.count.invalid}")
        @Max(value = 100, message = "{stand.count.invalid}")
        int count,
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
