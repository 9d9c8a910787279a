package org.koinagora.shared.validation;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.koinagora.shared.i18n.Texts;

/**
 * Takes validation messages from the one resource bundle instead of a separate ValidationMessages.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {
  public BundleMessageInterpolator() {
    super(new PlatformResourceBundleLocator(Texts.BUNDLE));
  }
}
