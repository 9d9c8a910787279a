package org.koinagora.catalog.csv;

import org.koinagora.shared.BusinessException;

/** The file itself cannot be imported: not UTF-8, too big, too many rows (400). */
public class CsvRejectedException extends BusinessException {

  public CsvRejectedException(String messageKey) {
    super("file", 400, "invalid_file", messageKey, ListingCsvImport.MAX_ROWS);
  }
}
