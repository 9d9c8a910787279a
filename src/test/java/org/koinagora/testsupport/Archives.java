package org.koinagora.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads back the archives people download to leave (zip of CSV, JSON and files). */
public final class Archives {

  private Archives() {}

  /** Every entry of the zip by name. */
  public static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A ";"-separated file with a BOM and quoted fields (RFC 4180), as rows of fields. */
  public static List<List<String>> csv(byte[] bytes) {
    String text = text(bytes);
    assertTrue(text.startsWith("\uFEFF"), "a BOM for spreadsheet programs");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    assertFalse(quoted, "every quote closed");
    for (List<String> each : rows) {
      assertEquals(rows.get(0).size(), each.size(), "every row as wide as the header: " + each);
    }
    return rows;
  }

  /** Every table is there as CSV and JSON, with as many rows in each; the CSV rows. */
  public static List<List<String>> table(Map<String, byte[]> entries, String table) {
    assertTrue(entries.containsKey(table + ".csv"), table + ".csv in " + entries.keySet());
    assertTrue(entries.containsKey(table + ".json"), table + ".json in " + entries.keySet());
    List<List<String>> rows = csv(entries.get(table + ".csv"));
    assertEquals(
        Client.parse(text(entries.get(table + ".json"))).asJsonArray().size(),
        rows.size() - 1,
        table + ": as many CSV rows as JSON items");
    return rows;
  }
}
