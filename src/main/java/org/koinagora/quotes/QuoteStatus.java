package org.koinagora.quotes;

/**
 * SENT → ACCEPTED or DECLINED; REVISED once a newer quote of the same thread replaced it. EXPIRED
 * is never stored: a SENT quote past its validity reads as EXPIRED.
 */
public enum QuoteStatus {
  SENT,
  REVISED,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
