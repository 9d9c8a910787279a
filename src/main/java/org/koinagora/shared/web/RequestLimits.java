package org.koinagora.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.rest.ErrorResponses;

/**
 * Refuses what no page or call needs before anything reads it: a value in the address longer than
 * any search, filter or id (400), and an API body larger than the configured limit, judged by its
 * declared length (413; pictures and CSV files have their own limits where they are read). Pages
 * read their form values without control characters ({@link PlainTextParameters}); the API refuses
 * them ({@link org.koinagora.shared.rest.JsonBodyChecks}).
 */
@WebFilter(filterName = "RequestLimits")
public class RequestLimits extends HttpFilter {

  private static final long serialVersionUID = 1L;
  public static final int MAX_PARAMETER_LENGTH = 2000;

  @Inject
  @ConfigProperty(name = "koinagora.api.max-body-kb", defaultValue = "256")
  int maxBodyKb;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = ApiRequests.isApi(request);
    String overlong = overlongParameter(request.getQueryString());
    if (overlong != null) {
      refuse(
          request,
          response,
          api,
          HttpServletResponse.SC_BAD_REQUEST,
          "parameter_too_long",
          "error.parameter_too_long",
          overlong);
      return;
    }
    if (api
        && request.getContentLengthLong() > maxBodyKb * 1024L
        && !hasOwnLimit(request.getContentType())) {
      refuse(request, response, true, 413, "payload_too_large", "error.payload_too_large", null);
      return;
    }
    chain.doFilter(api ? request : new PlainTextParameters(request), response);
  }

  private static boolean hasOwnLimit(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("image/")
        || type.startsWith("text/csv")
        || type.startsWith("application/csv")
        || type.startsWith("application/vnd.ms-excel")
        || type.startsWith("application/octet-stream");
  }

  /** The name of the first parameter in the address whose value is too long, or null. */
  static String overlongParameter(String query) {
    if (query == null || query.length() <= MAX_PARAMETER_LENGTH) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String value = pair.substring(equals + 1);
      if (value.length() > MAX_PARAMETER_LENGTH && decoded(value).length() > MAX_PARAMETER_LENGTH) {
        return equals < 0 ? "" : decoded(pair.substring(0, Math.min(equals, 100)));
      }
    }
    return null;
  }

  private static String decoded(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean api,
      int status,
      String code,
      String key,
      String field)
      throws IOException {
    if (api) {
      ErrorResponses.write(request, response, status, code, key, field);
    } else {
      response.sendError(status);
    }
  }
}
