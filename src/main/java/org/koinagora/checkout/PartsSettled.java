package org.koinagora.checkout;

/**
 * Parts of an order were paid, refunded or cancelled, in the transaction that changed them: the
 * sales documents follow (issued for a paid part, cancelled for one refunded).
 */
public record PartsSettled(long orderId) {}
