package org.koinagora.fairs;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/** A stand on a fair's floor plan: a rectangle of whole metres, with a price and features. */
@Entity
@Table(name = "stand")
public class Stand extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "fair_id")
  private Fair fair;

  @Column(nullable = false, length = 12)
  private String code;

  @Column(nullable = false)
  private int x;

  @Column(nullable = false)
  private int y;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int depth;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "price", nullable = false, precision = 10, scale = 2))
  private Money price;

  @Column(nullable = false, length = 120)
  private String features;

  protected Stand() {}

  public Stand(
      Fair fair,
      String code,
      int x,
      int y,
      int width,
      int depth,
      BigDecimal price,
      Set<StandFeature> features) {
    this.fair = fair;
    this.code = code;
    this.x = x;
    this.y = y;
    this.width = width;
    this.depth = depth;
    this.price = Money.rounded(price);
    this.features = StandFeature.store(features);
  }

  /** Moves, resizes or reprices the stand (the organiser's plan editor). */
  void change(StandChange change) {
    this.x = change.x();
    this.y = change.y();
    this.width = change.width();
    this.depth = change.depth();
    this.price = Money.rounded(change.price());
    this.features = StandFeature.store(change.features() == null ? Set.of() : change.features());
  }

  /** Whether this stand and the given rectangle share any ground. */
  boolean overlaps(int otherX, int otherY, int otherWidth, int otherDepth) {
    return otherX < x + width
        && x < otherX + otherWidth
        && otherY < y + depth
        && y < otherY + otherDepth;
  }

  public Fair getFair() {
    return fair;
  }

  public String getCode() {
    return code;
  }

  public int getX() {
    return x;
  }

  public int getY() {
    return y;
  }

  public int getWidth() {
    return width;
  }

  public int getDepth() {
    return depth;
  }

  public Money getPrice() {
    return price;
  }

  public Set<StandFeature> getFeatures() {
    return StandFeature.read(features);
  }
}
