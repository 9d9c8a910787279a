package org.koinagora.fairs.web;

import org.koinagora.fairs.Stand;

/** A stand as its row of inputs on the plan editor holds it. */
public class StandForm extends StandFields {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String code;
  private final boolean free;

  StandForm(Stand stand, boolean free) {
    super(
        String.valueOf(stand.getX()),
        String.valueOf(stand.getY()),
        String.valueOf(stand.getWidth()),
        String.valueOf(stand.getDepth()),
        stand.getPrice().getAmount(),
        stand.getFeatures().stream().map(Enum::name).toList());
    this.id = stand.getId();
    this.code = stand.getCode();
    this.free = free;
  }

  public long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** Nobody has applied for or booked it: it may change. */
  public boolean isFree() {
    return free;
  }
}
