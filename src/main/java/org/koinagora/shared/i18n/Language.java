package org.koinagora.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The two languages people read Koinagora in. Greek is the default; English is chosen with {@code
 * ?lang=en}, kept in a cookie (not the HTTP session, so anonymous visitors get none), or taken from
 * Accept-Language.
 */
public enum Language {
  EL(Locale.forLanguageTag("el")),
  EN(Locale.ENGLISH);

  public static final String PARAMETER = "lang";
  public static final String COOKIE = "koinagora_lang";
  static final String REQUEST_ATTRIBUTE = Language.class.getName();

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  public static Language fromCode(String code) {
    return "en".equalsIgnoreCase(code == null ? "" : code.strip()) ? EN : EL;
  }

  static boolean isCode(String code) {
    return "el".equalsIgnoreCase(code) || "en".equalsIgnoreCase(code);
  }

  /** The language of this request, as chosen by {@link LanguageFilter}. */
  public static Language of(HttpServletRequest request) {
    Object chosen = request.getAttribute(REQUEST_ATTRIBUTE);
    return chosen instanceof Language language ? language : resolve(request);
  }

  static Language resolve(HttpServletRequest request) {
    String parameter = request.getParameter(PARAMETER);
    if (isCode(parameter)) {
      return fromCode(parameter);
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && isCode(cookie.getValue())) {
          return fromCode(cookie.getValue());
        }
      }
    }
    if (request.getHeader("Accept-Language") == null) {
      return EL;
    }
    var preferred = request.getLocales();
    while (preferred.hasMoreElements()) {
      String language = preferred.nextElement().getLanguage();
      if (isCode(language)) {
        return fromCode(language);
      }
    }
    return EL;
  }
}
