package org.koinagora.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.persistence.BaseEntity;

/** A picture of a listing; the files (display size and thumbnail) live in the image store. */
@Entity
@Table(name = "listing_image")
public class ListingImage extends BaseEntity {

  /** A plain column, not a relation: reading a listing's pictures never reads the listing again. */
  @Column(name = "listing_id", nullable = false)
  private Long listingId;

  @Column(nullable = false)
  private int position;

  @Column(name = "storage_key", nullable = false, length = 32)
  private String storageKey;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ListingImage() {}

  ListingImage(Listing listing, int position, String storageKey, int width, int height) {
    this.listingId = listing.getId();
    this.position = position;
    this.storageKey = storageKey;
    this.width = width;
    this.height = height;
    this.createdAt = Instant.now();
  }

  public String getStorageKey() {
    return storageKey;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  /** The display-size picture, e.g. {@code /media/ab12…-display.jpg}. */
  public String getUrl() {
    return "/media/" + storageKey + "-display.jpg";
  }

  public String getThumbnailUrl() {
    return "/media/" + storageKey + "-thumb.jpg";
  }
}
