package org.koinagora.fairs;

/**
 * INSTANT: first come, first served (book, then pay). APPLICATION: apply, the organiser decides.
 */
public enum BookingMode {
  INSTANT,
  APPLICATION
}
