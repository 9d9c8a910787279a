package org.koinagora.shared.events;

/**
 * Something buyers can see changed: one listing of an enterprise, or (with no listing) the
 * enterprise itself — its profile, or its status, which shows or hides all its listings. Fired
 * inside the transaction; observers that keep copies (page cache, search index) listen after it
 * committed.
 */
public record PublicContentChanged(long enterpriseId, Long listingId, boolean stockOnly) {

  public static PublicContentChanged listing(long enterpriseId, long listingId) {
    return new PublicContentChanged(enterpriseId, listingId, false);
  }

  /**
   * Only the stock moved (an order, its cancellation): copies may catch up within a second rather
   * than at once.
   */
  public static PublicContentChanged stock(long enterpriseId, long listingId) {
    return new PublicContentChanged(enterpriseId, listingId, true);
  }

  public static PublicContentChanged enterprise(long enterpriseId) {
    return new PublicContentChanged(enterpriseId, null, false);
  }

  public boolean wholeEnterprise() {
    return listingId == null;
  }
}
