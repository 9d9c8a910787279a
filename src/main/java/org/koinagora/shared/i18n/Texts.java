package org.koinagora.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up text in the one resource bundle (also the Faces message bundle). */
public final class Texts {

  public static final String BUNDLE = "org.koinagora.i18n.Messages";

  private Texts() {}

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
