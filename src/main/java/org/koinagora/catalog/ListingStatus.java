package org.koinagora.catalog;

/** Only ACTIVE listings of VERIFIED enterprises are public; ARCHIVED ones stay for past orders. */
public enum ListingStatus {
  DRAFT,
  ACTIVE,
  ARCHIVED
}
