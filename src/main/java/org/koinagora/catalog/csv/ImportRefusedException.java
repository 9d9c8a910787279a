package org.koinagora.catalog.csv;

import org.koinagora.shared.BusinessException;

/** The file has rows with errors (or none at all), so nothing was imported (400). */
public class ImportRefusedException extends BusinessException {

  private final transient ImportPreview preview;

  public ImportRefusedException(ImportPreview preview) {
    super(
        "file",
        400,
        "invalid_import",
        preview.rows().isEmpty() ? "csv.empty" : "csv.has_errors",
        preview.invalidCount());
    this.preview = preview;
  }

  public ImportPreview preview() {
    return preview;
  }
}
