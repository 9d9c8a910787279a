package org.koinagora.calls;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An enterprise's facts for reserved contracts, as its members declare them; all optional. */
public record EligibilityFacts(
    KoinsepKind koinsepKind,
    @Size(max = EnterpriseEligibility.GEMKO_MAX, message = "{eligibility.gemkoNumber.size}")
        @Pattern(
            regexp = "^$|^[0-9A-Za-z./ -]{1,40}$",
            message = "{eligibility.gemkoNumber.invalid}")
        String gemkoNumber,
    @DecimalMin(value = "0", message = "{eligibility.disadvantagedShare.range}")
        @DecimalMax(value = "100", message = "{eligibility.disadvantagedShare.range}")
        @Digits(integer = 3, fraction = 2, message = "{eligibility.disadvantagedShare.range}")
        BigDecimal disadvantagedShare,
    @PastOrPresent(message = "{eligibility.declaredOn.future}") LocalDate declaredOn) {

  public static final EligibilityFacts NONE = new EligibilityFacts(null, null, null, null);
}
