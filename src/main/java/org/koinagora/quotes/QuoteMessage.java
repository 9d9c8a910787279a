package org.koinagora.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.persistence.BaseEntity;

/** A message on a thread, from the buyer or from the enterprise. */
@Entity
@Table(name = "quote_message")
public class QuoteMessage extends BaseEntity {

  public static final int BODY_MAX = 4000;

  /** Which side wrote it. */
  public enum Side {
    BUYER,
    ENTERPRISE
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id")
  private QuoteThread thread;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, length = 12)
  private Side side;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", length = 300)
  private String authorName;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuoteMessage() {}

  QuoteMessage(
      QuoteThread thread, Side side, Long authorId, String authorName, String body, Instant now) {
    this.thread = thread;
    this.side = side;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body;
    this.createdAt = now;
  }

  public QuoteThread getThread() {
    return thread;
  }

  public Side getSide() {
    return side;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
