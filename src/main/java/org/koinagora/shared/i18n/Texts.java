package org.koinagora.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.koinagora.shared.BilingualText;

/** Looks up text in the one resource bundle (also the Faces message bundle). */
public final class Texts {

  public static final String BUNDLE = "org.koinagora.i18n.Messages";

  private Texts() {}

  /** The text of {@code key}; an argument in both languages (a name) is put in the locale's. */
  public static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] inLocale = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      inLocale[i] = arguments[i] instanceof BilingualText text ? text.in(locale) : arguments[i];
    }
    return new MessageFormat(pattern, locale).format(inLocale);
  }
}
