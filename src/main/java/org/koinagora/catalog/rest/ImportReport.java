package org.koinagora.catalog.rest;

import java.util.List;
import org.koinagora.catalog.csv.ImportPreview;
import org.koinagora.catalog.csv.ImportRow;

/**
 * The answer to a CSV import: each row with its problems. On refusal it also carries the error
 * shape's {@code error} and {@code message}.
 */
public record ImportReport(
    String error, String message, long valid, long invalid, int imported, List<Line> rows) {

  /** One data row; {@code line} is the line in the file. */
  public record Line(int line, String title, boolean valid, List<ImportRow.RowError> errors) {}

  static ImportReport of(ImportPreview preview, int imported, String error, String message) {
    return new ImportReport(
        error,
        message,
        preview.validCount(),
        preview.invalidCount(),
        imported,
        preview.rows().stream()
            .map(r -> new Line(r.line(), r.title(), r.isValid(), r.errors()))
            .toList());
  }
}
