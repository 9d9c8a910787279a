package org.koinagora.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalTime;

/** Open every such weekday (1 Monday … 7 Sunday) from–to, in Europe/Athens. */
@Embeddable
public class OpeningRule implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(nullable = false)
  private int weekday;

  @Column(name = "opens_at", nullable = false)
  private LocalTime opens;

  @Column(name = "closes_at", nullable = false)
  private LocalTime closes;

  protected OpeningRule() {}

  public OpeningRule(int weekday, LocalTime opens, LocalTime closes) {
    this.weekday = weekday;
    this.opens = opens;
    this.closes = closes;
  }

  public int getWeekday() {
    return weekday;
  }

  public LocalTime getOpens() {
    return opens;
  }

  public LocalTime getCloses() {
    return closes;
  }
}
