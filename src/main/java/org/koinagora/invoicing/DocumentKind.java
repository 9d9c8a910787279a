package org.koinagora.invoicing;

/**
 * A receipt (series A), an invoice (series T), the cancellation of either (series AK), or a
 * document the enterprise issued with its own provider and linked (OWN).
 */
public enum DocumentKind {
  RECEIPT("A"),
  INVOICE("T"),
  CANCELLATION("AK"),
  OWN("EXT");

  private final String series;

  DocumentKind(String series) {
    this.series = series;
  }

  public String series() {
    return series;
  }
}
