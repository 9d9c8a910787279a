package org.koinagora.quotes;

/** Who asks for a quote: a person, a business, or a public body paying on account. */
public enum BuyerKind {
  PERSON,
  BUSINESS,
  PUBLIC_BODY
}
