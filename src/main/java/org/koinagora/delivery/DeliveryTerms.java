package org.koinagora.delivery;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.Money;

/**
 * How an enterprise sends what it sells: a rate per zone (flat, or by weight band), free delivery
 * from an amount, and the least it takes an order for. Terms without rates: it does not deliver. An
 * enterprise without terms delivers as agreed with the buyer, with no charge.
 */
@Entity
@Table(name = "delivery_terms")
public class DeliveryTerms {

  @Id
  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "free_above", precision = 10, scale = 2))
  private Money freeAbove;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "minimum_order", precision = 10, scale = 2))
  private Money minimumOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "delivery_rate", joinColumns = @JoinColumn(name = "enterprise_id"))
  @OrderBy("zone, upToGrams")
  private List<DeliveryRate> rates = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected DeliveryTerms() {}

  DeliveryTerms(long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  /** Replaces everything with what the enterprise set (already checked). */
  void set(DeliveryDraft draft, Instant now) {
    freeAbove = draft.freeAbove();
    minimumOrder = draft.minimumOrder();
    rates.clear();
    rates.addAll(draft.rates());
    updatedAt = now;
  }

  public boolean delivers() {
    return !rates.isEmpty();
  }

  /**
   * What sending goods worth {@code goods} (VAT included) and weighing {@code grams} (empty: some
   * line has no weight) to {@code postcode} costs, or why it cannot be sent. Its own region's rate
   * applies when it has one; a parcel of unknown weight takes the rate for any weight, or else the
   * heaviest band.
   */
  public DeliveryQuote quote(Region home, String postcode, Money goods, OptionalInt grams) {
    if (!delivers()) {
      return DeliveryQuote.refused(DeliveryQuote.Refusal.NOT_OFFERED);
    }
    DeliveryZone zone = zoneOf(home, postcode);
    List<DeliveryRate> bands =
        rates.stream().filter(rate -> rate.getZone() == zone).sorted(bandOrder()).toList();
    if (bands.isEmpty()) {
      return DeliveryQuote.refused(DeliveryQuote.Refusal.ZONE_NOT_SERVED);
    }
    Optional<DeliveryRate> band =
        grams.isPresent()
            ? bands.stream()
                .filter(
                    rate -> rate.getUpToGrams() == null || rate.getUpToGrams() >= grams.getAsInt())
                .findFirst()
            : Optional.of(bands.get(bands.size() - 1));
    if (band.isEmpty()) {
      return DeliveryQuote.refused(DeliveryQuote.Refusal.TOO_HEAVY);
    }
    boolean free = freeAbove != null && goods.compareTo(freeAbove) >= 0;
    return DeliveryQuote.charged(zone, free ? Money.ZERO : band.get().getAmount());
  }

  private DeliveryZone zoneOf(Region home, String postcode) {
    boolean island = Postcodes.isIsland(postcode);
    boolean ownRegionPriced =
        rates.stream().anyMatch(rate -> rate.getZone() == DeliveryZone.OWN_REGION);
    // an island of a mainland region (Aegina from Attica) is reached by sea: an island
    boolean sameRegion =
        home != null
            && Postcodes.regionOf(postcode).filter(home::equals).isPresent()
            && (!island || Postcodes.ISLAND_REGIONS.contains(home));
    if (ownRegionPriced && sameRegion) {
      return DeliveryZone.OWN_REGION;
    }
    return island ? DeliveryZone.ISLANDS : DeliveryZone.MAINLAND;
  }

  /** Lightest band first, the one for any weight last. */
  static Comparator<DeliveryRate> bandOrder() {
    return Comparator.comparing(
        DeliveryRate::getUpToGrams, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  /** Whether goods worth this much (VAT included) fall short of the minimum order. */
  public boolean belowMinimum(Money goods) {
    return minimumOrder != null && goods.compareTo(minimumOrder) < 0;
  }

  public long getEnterpriseId() {
    return enterpriseId;
  }

  /** Null: no free delivery. */
  public Money getFreeAbove() {
    return freeAbove;
  }

  /** Null: no minimum. */
  public Money getMinimumOrder() {
    return minimumOrder;
  }

  public List<DeliveryRate> getRates() {
    return List.copyOf(rates);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
