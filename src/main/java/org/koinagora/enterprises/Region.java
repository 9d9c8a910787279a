package org.koinagora.enterprises;

/** The 13 administrative regions of Greece; labels live in the bundle. */
public enum Region {
  EAST_MACEDONIA_THRACE,
  CENTRAL_MACEDONIA,
  WEST_MACEDONIA,
  EPIRUS,
  THESSALY,
  IONIAN_ISLANDS,
  WEST_GREECE,
  CENTRAL_GREECE,
  ATTICA,
  PELOPONNESE,
  NORTH_AEGEAN,
  SOUTH_AEGEAN,
  CRETE
}
