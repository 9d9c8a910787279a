package org.koinagora.checkout;

/**
 * What document the buyer wants for each enterprise's part: a receipt (απόδειξη), or an invoice
 * (τιμολόγιο) with the business's ΑΦΜ, ΔΟΥ, name, activity and address.
 */
public record DocumentChoice(
    DocumentKind kind, String afm, String doy, String name, String activity, String address) {

  public static final DocumentChoice RECEIPT =
      new DocumentChoice(DocumentKind.RECEIPT, null, null, null, null, null);

  /** Receipt or invoice. */
  public enum DocumentKind {
    RECEIPT,
    INVOICE
  }

  public boolean isInvoice() {
    return kind == DocumentKind.INVOICE;
  }
}
