package org.koinagora.organisations;

/** What an organisation is; a partnership (Κοινωνική Αναπτυξιακή Σύμπραξη) has members. */
public enum OrganisationKind {
  MUNICIPALITY,
  REGIONAL_AUTHORITY,
  SUPPORT_CENTRE,
  PARTNERSHIP;

  /** A municipality or a regional authority: local government. */
  public boolean isPublicBody() {
    return this == MUNICIPALITY || this == REGIONAL_AUTHORITY;
  }
}
