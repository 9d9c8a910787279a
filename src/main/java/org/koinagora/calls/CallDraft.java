package org.koinagora.calls;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

/** What organisation staff write for a call: the text, whom it is for and its deadlines. */
public record CallDraft(
    @NotBlank(message = "{call.titleEl.required}")
        @Size(max = Call.TITLE_MAX, message = "{call.title.size}")
        String titleEl,
    @Size(max = Call.TITLE_MAX, message = "{call.title.size}") String titleEn,
    @NotBlank(message = "{call.descriptionEl.required}")
        @Size(max = Call.TEXT_MAX, message = "{call.text.size}")
        String descriptionEl,
    @Size(max = Call.TEXT_MAX, message = "{call.text.size}") String descriptionEn,
    String category,
    Set<Region> regions,
    Set<LegalForm> legalForms,
    Set<KoinsepKind> koinsepKinds,
    boolean requiresGemko,
    @DecimalMin(value = "0", message = "{call.minDisadvantagedShare.range}")
        @DecimalMax(value = "100", message = "{call.minDisadvantagedShare.range}")
        BigDecimal minDisadvantagedShare,
    @Min(value = 1, message = "{call.declarationMaxMonths.range}")
        @Max(value = 120, message = "{call.declarationMaxMonths.range}")
        Integer declarationMaxMonths,
    @DecimalMin(value = "0", message = "{call.budget.invalid}")
        @Digits(integer = 10, fraction = 2, message = "{call.budget.invalid}")
        BigDecimal budget,
    @NotNull(message = "{call.questionDeadline.required}") Instant questionDeadline,
    @NotNull(message = "{call.offerDeadline.required}") Instant offerDeadline) {}
