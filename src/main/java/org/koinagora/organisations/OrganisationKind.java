package org.koinagora.organisations;

/** What an organisation is; a partnership (Κοινωνική Αναπτυξιακή Σύμπραξη) has members. */
public enum OrganisationKind {
  MUNICIPALITY,
  REGIONAL_AUTHORITY,
  SUPPORT_CENTRE,
  PARTNERSHIP
}
