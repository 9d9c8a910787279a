package org.koinagora.shared.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Decides the language of each request and remembers an explicit {@code ?lang=} choice. Runs first
 * (web.xml) and fixes the request encoding to UTF-8 before any parameter is read.
 */
@WebFilter(filterName = "LanguageFilter")
public class LanguageFilter extends HttpFilter {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8");
    }
    Language language = Language.resolve(request);
    request.setAttribute(Language.REQUEST_ATTRIBUTE, language);
    if (Language.isCode(request.getParameter(Language.PARAMETER))) {
      Cookie cookie = new Cookie(Language.COOKIE, language.code());
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    }
    chain.doFilter(request, response);
  }
}
