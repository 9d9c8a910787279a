package org.koinagora.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The tables of an archive someone downloads to leave (an enterprise's, an organisation's): each as
 * CSV (UTF-8 with BOM, ";", the platform's column names, safe to open in a spreadsheet) and JSON
 * (exact values), read with native SQL whose ?1 is the owner's id.
 */
public final class TableArchive {

  /** One file's rows: {@code columns} as "name=expression" pairs (or plain names), {@code from}. */
  public record Table(String file, List<String> names, List<String> expressions, String from) {
    public Table(String file, String columns, String from) {
      this(file, part(columns, 0), part(columns, 1), from);
    }

    private static List<String> part(String columns, int index) {
      return Arrays.stream(columns.trim().split("\\s+"))
          .map(pair -> pair.contains("=") ? pair.split("=", 2)[index] : pair)
          .toList();
    }
  }

  private TableArchive() {}

  public static List<Map<String, Object>> rows(EntityManager em, Table table, long ownerId) {
    @SuppressWarnings("unchecked")
    List<Object> found =
        em.createNativeQuery(
                "SELECT " + String.join(", ", table.expressions()) + " " + table.from())
            .setParameter(1, ownerId)
            .getResultList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : found) {
      Object[] values = row instanceof Object[] many ? many : new Object[] {row};
      Map<String, Object> item = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        item.put(table.names().get(i), values[i]);
      }
      rows.add(item);
    }
    return rows;
  }

  /** Writes {@code <file>.csv} and {@code <file>.json}. */
  public static void write(ZipOutputStream zip, Table table, List<Map<String, Object>> rows)
      throws IOException {
    put(zip, table.file() + ".csv", csv(table.names(), rows));
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(row -> array.add(json(row)));
    put(zip, table.file() + ".json", array.build().toString());
  }

  public static JsonObject json(Map<String, Object> row) {
    JsonObjectBuilder item = Json.createObjectBuilder();
    row.forEach(
        (column, value) -> {
          if (value == null) {
            item.addNull(column);
          } else if (value instanceof Boolean flag) {
            item.add(column, flag);
          } else if (value instanceof BigDecimal decimal) {
            item.add(column, decimal);
          } else if (value instanceof Number number) {
            item.add(column, number.longValue());
          } else {
            item.add(column, text(value));
          }
        });
    return item.build();
  }

  private static String text(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  /**
   * Through {@link Csv}, as the platform's other CSV files, so that a spreadsheet opens it safely:
   * text that starts with = + - @ is defused with an apostrophe, a column named {@code *phone}
   * reads "0030 …" for "+30 …", numbers stay numbers. The JSON beside it keeps every value exact.
   */
  static String csv(List<String> columns, List<Map<String, Object>> rows) {
    var out = new StringBuilder("\uFEFF").append(String.join(";", columns)).append("\r\n");
    for (var row : rows) {
      List<String> fields = new ArrayList<>();
      for (String column : columns) {
        fields.add(field(column, row.get(column)));
      }
      out.append(String.join(";", fields)).append("\r\n");
    }
    return out.toString();
  }

  private static String field(String column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return text(value);
    }
    return column.endsWith("phone") ? Csv.phone(text(value)) : Csv.field(text(value));
  }

  public static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** {@code manifest.json}: whose archive, when, and the rows of each table. */
  public static String manifest(String kind, long id, String name, Map<String, Integer> counts) {
    JsonObjectBuilder rowsPerFile = Json.createObjectBuilder();
    counts.forEach(rowsPerFile::add);
    return Json.createObjectBuilder()
        .add(kind, id)
        .add("name", name)
        .add("exportedAt", java.time.Instant.now().toString())
        .add("rows", rowsPerFile)
        .build()
        .toString();
  }
}
