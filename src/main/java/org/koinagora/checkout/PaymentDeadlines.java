package org.koinagora.checkout;

import java.time.Duration;

/** How long an unpaid order holds its stock: on the card page, and waiting for a bank transfer. */
public record PaymentDeadlines(Duration card, Duration bankTransfer) {}
