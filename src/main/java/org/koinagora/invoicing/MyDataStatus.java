package org.koinagora.invoicing;

/** Where a document stands with myDATA: not sent there, waiting (to be retried), sent, refused. */
public enum MyDataStatus {
  NONE,
  PENDING,
  SENT,
  FAILED
}
