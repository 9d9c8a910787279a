package org.koinagora.shared.web;

import jakarta.json.JsonStructure;

/**
 * JSON to print inside a {@code <script>} element (schema.org JSON-LD): {@code <}, {@code >} and
 * {@code &} become JSON's own escapes, so no text a person typed ({@code </script>}, {@code
 * <!--<script>}) can end the element early or make the parser swallow the page after it.
 */
public final class InlineJson {

  private InlineJson() {}

  public static String of(JsonStructure json) {
    return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
