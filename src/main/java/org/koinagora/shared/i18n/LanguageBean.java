package org.koinagora.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Exposes the request's language to pages ({@code #{language.locale}}, {@code #{language.code}}).
 */
@Named("language")
@RequestScoped
public class LanguageBean {

  @Inject private HttpServletRequest request;

  public Locale getLocale() {
    return Language.of(request).locale();
  }

  public String getCode() {
    return Language.of(request).code();
  }

  /** This page's address with {@code lang} set to the given code, other parameters kept. */
  public String switchUrl(String code) {
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
    String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
    String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
    StringBuilder url = new StringBuilder(path).append('?');
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith(Language.PARAMETER + "=")) {
          url.append(pair).append('&');
        }
      }
    }
    return url.append(Language.PARAMETER)
        .append('=')
        .append(Language.fromCode(code).code())
        .toString();
  }

  public boolean isEnglish() {
    return Language.of(request) == Language.EN;
  }
}
