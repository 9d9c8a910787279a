package org.koinagora.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture of a listing; the files (display size and thumbnail) live in the image store. */
@Entity
@Table(name = "listing_image")
public class ListingImage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "listing_id")
  private Listing listing;

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
    this.listing = listing;
    this.position = position;
    this.storageKey = storageKey;
    this.width = width;
    this.height = height;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
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
