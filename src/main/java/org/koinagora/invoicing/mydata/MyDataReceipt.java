package org.koinagora.invoicing.mydata;

/** What myDATA gave back for a document it accepted: its MARK, UID and the QR code's address. */
public record MyDataReceipt(long mark, String uid, String qrUrl) {}
