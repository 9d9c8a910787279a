package org.koinagora.organisations;

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

/** One message of an advice thread, by the requester or by a staff member of the centre. */
@Entity
@Table(name = "advice_message")
public class AdviceMessage extends BaseEntity {

  public static final int BODY_MAX = 5000;

  /** Which side wrote it. */
  public enum Author {
    REQUESTER,
    STAFF
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  private AdviceRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, length = 12)
  private Author author;

  @Column(name = "author_id")
  private Long authorId;

  /** Null once a staff member's account was erased: the page names the centre instead. */
  @Column(name = "author_name", length = AdviceRequest.NAME_MAX)
  private String authorName;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AdviceMessage() {}

  AdviceMessage(
      AdviceRequest request,
      Author author,
      Long authorId,
      String authorName,
      String body,
      Instant now) {
    this.request = request;
    this.author = author;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body.strip();
    this.createdAt = now;
  }

  public Author getAuthor() {
    return author;
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

  public boolean isStaff() {
    return author == Author.STAFF;
  }
}
