package org.koinagora.fairs;

import java.net.URI;
import java.time.Instant;

/** Stand fees paid by card: the payment module's side, so that fairs never see Stripe. */
public interface StandFeeCards {

  /**
   * Whether the fee can be paid by card: card payments set up, and the organiser can receive them.
   */
  boolean isAvailable(StandBooking booking);

  /** Opens the payment page for the booking's fee; returns it with the payment's id there. */
  Page start(StandBooking booking);

  /** Records the page just opened for the booking's fee (it replaces an older one). */
  void started(StandBooking booking, Page page);

  /** Records the payment the provider says paid the booking's fee. */
  void paid(StandBooking booking, String paymentId);

  /** Gives back a fee that was paid by card (taking it back from the organiser first). */
  void refund(StandBooking booking);

  /** Where the enterprise pays, and how long that page stays open. */
  record Page(URI address, String sessionId, Instant openUntil) {}
}
