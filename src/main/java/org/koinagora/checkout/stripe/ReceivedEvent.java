package org.koinagora.checkout.stripe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Stripe event acted on: its id is the table's key, so a second delivery cannot act again. */
@Entity
@Table(name = "stripe_event")
public class ReceivedEvent {

  @Id
  @Column(length = 255)
  private String id;

  @Column(nullable = false, length = 100)
  private String type;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected ReceivedEvent() {}

  ReceivedEvent(String id, String type) {
    this.id = id;
    this.type = type;
    this.receivedAt = Instant.now();
  }
}
