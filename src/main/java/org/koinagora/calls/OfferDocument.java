package org.koinagora.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * A document of an offer, sealed like its note ({@link OfferSeal}): its name and its bytes are kept
 * encrypted; only its type and size are in clear.
 */
@Entity
@Table(name = "offer_document")
public class OfferDocument extends BaseEntity {

  public static final int PER_OFFER_MAX = 5;

  @Column(name = "offer_id", nullable = false)
  private long offerId;

  @Lob
  @Column(name = "name_sealed", nullable = false)
  private byte[] nameSealed;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Lob
  @Column(name = "content_sealed", nullable = false)
  private byte[] contentSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OfferDocument() {}

  OfferDocument(
      long offerId,
      byte[] nameSealed,
      String contentType,
      int size,
      byte[] contentSealed,
      Instant now) {
    this.offerId = offerId;
    this.nameSealed = nameSealed;
    this.contentType = contentType;
    this.size = size;
    this.contentSealed = contentSealed;
    this.createdAt = now;
  }

  public long getOfferId() {
    return offerId;
  }

  byte[] nameSealed() {
    return nameSealed;
  }

  byte[] contentSealed() {
    return contentSealed;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSize() {
    return size;
  }
}
