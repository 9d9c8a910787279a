package org.koinagora.enterprises;

/** Only VERIFIED enterprises are public and may sell or book stands. */
public enum EnterpriseStatus {
  PENDING,
  VERIFIED,
  REJECTED
}
