package org.koinagora.catalog.csv;

import java.util.List;
import org.koinagora.catalog.ListingDraft;

/** One data row of an import: the listing it would create, or what is wrong with it. */
public record ImportRow(int line, String title, ListingDraft draft, List<RowError> errors) {

  /** A problem with one column of the row, in the reader's language. */
  public record RowError(String column, String message) {}

  public boolean isValid() {
    return errors.isEmpty();
  }
}
