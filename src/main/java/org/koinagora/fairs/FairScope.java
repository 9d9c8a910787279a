package org.koinagora.fairs;

/**
 * LOCAL: the fair of one municipality. REGIONAL: a fair for its whole region, listed under every
 * municipality of the region and on the regional authority's page.
 */
public enum FairScope {
  LOCAL,
  REGIONAL
}
