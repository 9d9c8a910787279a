package org.koinagora.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Form and address values without control characters (NUL and the like; tab and line breaks stay):
 * nothing a person types on a keyboard holds them, and they would reach titles, names and mails.
 */
final class PlainTextParameters extends HttpServletRequestWrapper {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private Map<String, String[]> original;
  private Map<String, String[]> cleaned;

  PlainTextParameters(HttpServletRequest request) {
    super(request);
  }

  static String clean(String value) {
    return value == null ? null : CONTROL.matcher(value).replaceAll("");
  }

  @Override
  public String getParameter(String name) {
    String[] values = getParameterMap().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = getParameterMap().get(name);
    return values == null ? null : values.clone();
  }

  /** Cleaned once per set of parameters: a forward (a pretty URL to its page) adds its own. */
  @Override
  public Map<String, String[]> getParameterMap() {
    Map<String, String[]> current = super.getParameterMap();
    if (current != original) {
      Map<String, String[]> copy = new LinkedHashMap<>();
      current.forEach(
          (name, values) ->
              copy.put(
                  name,
                  Arrays.stream(values).map(PlainTextParameters::clean).toArray(String[]::new)));
      cleaned = Collections.unmodifiableMap(copy);
      original = current;
    }
    return cleaned;
  }
}
