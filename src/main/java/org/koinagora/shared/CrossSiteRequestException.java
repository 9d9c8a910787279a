package org.koinagora.shared;

/**
 * A change to the API that only the session cookie would authenticate, sent from another site's
 * page (403).
 */
public class CrossSiteRequestException extends BusinessException {
  public CrossSiteRequestException() {
    super(403, "cross_site", "error.cross_site");
  }
}
