package org.koinagora.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * One of the Greek VAT rates a listing may carry: 24, 13 or 6 %, or 0 % for an enterprise exempt
 * from VAT (its documents print the exemption's legal note).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidVatRate.Validator.class)
public @interface ValidVatRate {
  Set<Integer> RATES = Set.of(0, 6, 13, 24);

  String message() default "{listing.vatRate.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts the rates in {@link #RATES}. */
  class Validator implements ConstraintValidator<ValidVatRate, Integer> {
    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
      return value == null || RATES.contains(value);
    }
  }
}
