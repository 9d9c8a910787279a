package org.koinagora.checkout;

import java.util.Optional;

/**
 * The sales document of an order part (the invoicing feature issues them): what the order's views
 * show of it.
 */
public interface PartDocuments {

  /**
   * The part's document, once issued; {@code url} is where its reader downloads it ({@code
   * forBuyer}: with the order's reference, which a guest holds).
   */
  Optional<DocumentRef> of(OrderPart part, boolean forBuyer);

  /**
   * {@code kind} RECEIPT or INVOICE; series and number null for one the enterprise issued itself.
   */
  record DocumentRef(String kind, String series, Long number, String url, Long mark) {}
}
