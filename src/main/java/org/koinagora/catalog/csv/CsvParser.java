package org.koinagora.catalog.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it: UTF-8 with or without a BOM, {@code ;} or {@code ,} (the
 * header line decides), quoted fields with doubled quotes, line breaks inside quotes.
 */
final class CsvParser {

  private CsvParser() {}

  /** Rows of fields; each row remembers the line it starts on. */
  record Row(int line, List<String> fields) {}

  static List<Row> parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separatorOf(content);
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        addRow(rows, rowStart, fields);
        fields = new ArrayList<>();
        line++;
        rowStart = line;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      addRow(rows, rowStart, fields);
    }
    return rows;
  }

  private static void addRow(List<Row> rows, int line, List<String> fields) {
    boolean blank = fields.stream().allMatch(String::isBlank);
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }

  private static char separatorOf(String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons >= commas ? ';' : ',';
  }
}
