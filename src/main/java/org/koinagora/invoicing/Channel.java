package org.koinagora.invoicing;

/**
 * Who issues an enterprise's sales documents: the platform (a numbered PDF), the platform and
 * AADE's myDATA (the PDF with its MARK and QR code), or its own provider (it links the document to
 * the order part).
 */
public enum Channel {
  PLATFORM,
  MYDATA,
  OWN_PROVIDER
}
