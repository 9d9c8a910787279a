package org.koinagora.shared.events;

/**
 * Something buyers can see changed: one listing of an enterprise, or (with no listing) the
 * enterprise itself — its profile, or its status, which shows or hides all its listings. Fired
 * inside the transaction; observers that keep copies (page cache, search index) listen after it
 * committed.
 */
public record PublicContentChanged(long enterpriseId, Long listingId) {

  public static PublicContentChanged listing(long enterpriseId, long listingId) {
    return new PublicContentChanged(enterpriseId, listingId);
  }

  public static PublicContentChanged enterprise(long enterpriseId) {
    return new PublicContentChanged(enterpriseId, null);
  }

  public boolean wholeEnterprise() {
    return listingId == null;
  }
}
