package org.koinagora.fairs;

/** What a fair is about. */
public enum FairTheme {
  SSE_PRODUCTS,
  COOPERATIVES,
  GREEN_ORGANIC,
  LOCAL_FOOD,
  CRAFTS,
  CHRISTMAS_MARKET
}
