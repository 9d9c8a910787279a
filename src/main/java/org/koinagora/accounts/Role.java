package org.koinagora.accounts;

/** The roles of DESIGN.md; a user may hold several. */
public enum Role {
  BUYER,
  ENTERPRISE,
  MUNICIPALITY,
  ADMIN
}
