package org.koinagora.shared.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation messages in the caller's language (the validator itself only knows the JVM's
 * default locale) and the name of the field each one is about.
 */
@ApplicationScoped
public class Violations {

  @Inject private ValidatorFactory validatorFactory;

  public List<ConstraintViolation<?>> sorted(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .sorted(Comparator.comparing(Violations::field))
        .toList();
  }

  public String message(ConstraintViolation<?> violation, Locale locale) {
    MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
    return interpolator.interpolate(
        violation.getMessageTemplate(),
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
          }
        },
        locale);
  }

  /**
   * The last node of the property path: {@code register.registration.email} gives {@code email}.
   */
  public static String field(ConstraintViolation<?> violation) {
    String field = null;
    for (var node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    return field == null ? "" : field;
  }
}
