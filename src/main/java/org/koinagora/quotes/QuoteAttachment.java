package org.koinagora.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * A document on a request for a quote: the buyer's for every enterprise asked ({@code threadId}
 * null), or one side's on one thread, read by that thread's two sides only.
 */
@Entity
@Table(name = "quote_attachment")
public class QuoteAttachment extends BaseEntity {

  /** At most this many documents on one request, all threads together. */
  public static final int PER_REQUEST_MAX = 10;

  /** What a list shows of one, without its bytes. */
  public record Info(
      long id,
      long requestId,
      Long threadId,
      QuoteMessage.Side side,
      String name,
      String type,
      int size) {}

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "thread_id")
  private Long threadId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, length = 12)
  private QuoteMessage.Side side;

  @Column(name = "author_id")
  private Long authorId;

  @Embedded private DocumentFile file;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuoteAttachment() {}

  QuoteAttachment(
      long requestId,
      Long threadId,
      QuoteMessage.Side side,
      Long authorId,
      DocumentFile file,
      Instant now) {
    this.requestId = requestId;
    this.threadId = threadId;
    this.side = side;
    this.authorId = authorId;
    this.file = file;
    this.createdAt = now;
  }

  public long getRequestId() {
    return requestId;
  }

  public Long getThreadId() {
    return threadId;
  }

  public QuoteMessage.Side getSide() {
    return side;
  }

  public DocumentFile getFile() {
    return file;
  }

  public Info info() {
    return new Info(
        getId(), requestId, threadId, side, file.getName(), file.getContentType(), file.getSize());
  }
}
