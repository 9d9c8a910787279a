package org.koinagora.enterprises;

/** Legal forms of Greek social and solidarity economy bodies; labels live in the bundle. */
public enum LegalForm {
  KOINSEP,
  KOISPE,
  WORKER_COOPERATIVE,
  AGRICULTURAL_COOPERATIVE,
  ENERGY_COMMUNITY,
  CONSUMER_COOPERATIVE,
  NON_PROFIT,
  OTHER
}
