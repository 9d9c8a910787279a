package org.koinagora.catalog.csv;

import java.util.List;

/** Every row of an import file checked, before anything is saved. */
public record ImportPreview(List<ImportRow> rows) {

  public long validCount() {
    return rows.stream().filter(ImportRow::isValid).count();
  }

  public long invalidCount() {
    return rows.size() - validCount();
  }

  public boolean isImportable() {
    return !rows.isEmpty() && invalidCount() == 0;
  }
}
