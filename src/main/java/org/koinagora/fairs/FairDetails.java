package org.koinagora.fairs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;

/**
 * What an organiser says about a fair, checked before it reaches the entity. Empty or missing
 * eligibility sets admit every VERIFIED enterprise; a missing scope is LOCAL.
 */
public record FairDetails(
    @NotBlank(message = "{fair.title.required}")
        @Size(max = Fair.TITLE_MAX, message = "{fair.title.size}")
        String titleEl,
    @Size(max = Fair.TITLE_MAX, message = "{fair.title.size}") String titleEn,
    @NotBlank(message = "{fair.description.required}")
        @Size(max = 5000, message = "{fair.description.size}")
        String descriptionEl,
    @Size(max = 5000, message = "{fair.description.size}") String descriptionEn,
    @NotNull(message = "{fair.theme.required}") FairTheme theme,
    @NotBlank(message = "{fair.venue.required}") @Size(max = 200, message = "{fair.venue.size}")
        String venue,
    @NotBlank(message = "{fair.address.required}") @Size(max = 300, message = "{fair.address.size}")
        String address,
    @DecimalMin(value = "-90", message = "{fair.latitude.invalid}")
        @DecimalMax(value = "90", message = "{fair.latitude.invalid}")
        BigDecimal latitude,
    @DecimalMin(value = "-180", message = "{fair.longitude.invalid}")
        @DecimalMax(value = "180", message = "{fair.longitude.invalid}")
        BigDecimal longitude,
    @NotNull(message = "{fair.start.required}") Instant startsAt,
    @NotNull(message = "{fair.end.required}") Instant endsAt,
    @Size(max = 200, message = "{fair.opening_hours.size}") String openingHours,
    @NotNull(message = "{fair.booking.opens.required}") Instant bookingOpensAt,
    @NotNull(message = "{fair.booking.closes.required}") Instant bookingClosesAt,
    @NotNull(message = "{fair.booking_mode.required}") BookingMode bookingMode,
    @Min(value = 1, message = "{fair.max_stands.invalid}")
        @Max(value = 50, message = "{fair.max_stands.invalid}")
        int maxStandsPerEnterprise,
    Instant cancellationDeadline,
    @Min(value = 1, message = "{fair.hold.invalid}")
        @Max(value = 1440, message = "{fair.hold.invalid}")
        int holdMinutes,
    @Min(value = 5, message = "{fair.plan.invalid}")
        @Max(value = 200, message = "{fair.plan.invalid}")
        int planWidth,
    @Min(value = 5, message = "{fair.plan.invalid}")
        @Max(value = 200, message = "{fair.plan.invalid}")
        int planDepth,
    Set<LegalForm> eligibleLegalForms,
    Set<Region> eligibleRegions,
    FairScope scope) {}
