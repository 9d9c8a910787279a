package org.koinagora.delivery;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.koinagora.shared.Money;

/**
 * What sending a parcel to a zone costs, up to a weight ({@code upToGrams}), or at any weight when
 * that is null: a flat rate is one such rate per zone.
 */
@Embeddable
public class DeliveryRate implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DeliveryZone zone;

  @Column(name = "up_to_grams")
  private Integer upToGrams;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "amount", nullable = false, precision = 10, scale = 2))
  private Money amount;

  protected DeliveryRate() {}

  public DeliveryRate(DeliveryZone zone, Integer upToGrams, Money amount) {
    this.zone = Objects.requireNonNull(zone);
    this.upToGrams = upToGrams;
    this.amount = Objects.requireNonNull(amount);
  }

  public DeliveryZone getZone() {
    return zone;
  }

  /** Null: any weight. */
  public Integer getUpToGrams() {
    return upToGrams;
  }

  public Money getAmount() {
    return amount;
  }
}
