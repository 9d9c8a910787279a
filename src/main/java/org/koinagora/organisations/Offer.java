package org.koinagora.organisations;

/** What an organisation offers social enterprises and groups founding one. */
public enum Offer {
  ADVICE,
  TRAINING,
  INCUBATION,
  VENUES
}
