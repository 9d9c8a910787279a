package org.koinagora.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A date that differs from the weekly rules: closed (no times), or open extra hours. */
@Embeddable
public class DatedException implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "on_date", nullable = false)
  private LocalDate date;

  @Column(name = "opens_at")
  private LocalTime opens;

  @Column(name = "closes_at")
  private LocalTime closes;

  protected DatedException() {}

  private DatedException(LocalDate date, LocalTime opens, LocalTime closes) {
    this.date = date;
    this.opens = opens;
    this.closes = closes;
  }

  public static DatedException closed(LocalDate date) {
    return new DatedException(date, null, null);
  }

  public static DatedException extra(LocalDate date, LocalTime opens, LocalTime closes) {
    return new DatedException(date, opens, closes);
  }

  public boolean isClosed() {
    return opens == null;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getOpens() {
    return opens;
  }

  public LocalTime getCloses() {
    return closes;
  }
}
