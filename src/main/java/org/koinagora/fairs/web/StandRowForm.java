package org.koinagora.fairs.web;

import java.util.List;
import java.util.Locale;
import org.koinagora.fairs.StandChange;
import org.koinagora.fairs.StandRow;

/** A new row of stands as the plan editor's form holds it, with a row to start from. */
public class StandRowForm extends StandFields {

  private static final long serialVersionUID = 1L;

  private String prefix = "B";
  private String count = "5";

  StandRowForm() {
    super("0", "0", "3", "3", "0", List.of());
  }

  /**
   * What was typed, read for the service to check.
   *
   * @throws org.koinagora.shared.InvalidInputException naming the first field typed wrong
   */
  StandRow row() {
    int stands = Typed.number(count, "count", "stand.count.invalid");
    StandChange each = change();
    return new StandRow(
        prefix == null ? null : prefix.strip().toUpperCase(Locale.ROOT),
        stands,
        each.x(),
        each.y(),
        each.width(),
        each.depth(),
        each.price(),
        each.features());
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public String getCount() {
    return count;
  }

  public void setCount(String count) {
    this.count = count;
  }
}
