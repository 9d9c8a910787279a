package org.koinagora.calls;

/**
 * The kinds of Κοιν.Σ.Επ. (law 4430/2016 art. 14): of integration of vulnerable groups, of
 * integration of special groups, and of collective and social benefit; labels live in the bundle.
 */
public enum KoinsepKind {
  INTEGRATION_VULNERABLE,
  INTEGRATION_SPECIAL,
  COLLECTIVE_BENEFIT
}
