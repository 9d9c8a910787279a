package org.koinagora.catalog;

/** What one unit of a price buys; labels live in the bundle ({@code Unit.KG}). */
public enum Unit {
  PIECE,
  KG,
  GRAM,
  LITRE,
  ML,
  PACK,
  HOUR,
  SESSION,
  DAY,
  PERSON
}
