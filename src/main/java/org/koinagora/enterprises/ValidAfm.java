package org.koinagora.enterprises;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A valid Greek ΑΦΜ, check digit included; null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAfm.Validator.class)
public @interface ValidAfm {
  String message() default "{enterprise.vatNumber.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks with {@link Afm#isValid}. */
  class Validator implements ConstraintValidator<ValidAfm, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Afm.isValid(value.strip());
    }
  }
}
