package org.koinagora.services;

/**
 * A slot as buyers see it: stored ({@code id}) once someone booked it, and how many places left.
 */
public record SlotView(Long id, SlotTime time, int capacity, int available) {

  public boolean isFull() {
    return available == 0;
  }
}
