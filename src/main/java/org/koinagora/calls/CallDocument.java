package org.koinagora.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.persistence.BaseEntity;

/** A document of a call (terms, specification), public with the call once it is published. */
@Entity
@Table(name = "call_document")
public class CallDocument extends BaseEntity {

  public static final int PER_CALL_MAX = 10;

  @Column(name = "call_id", nullable = false)
  private long callId;

  @Embedded private DocumentFile file;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CallDocument() {}

  CallDocument(long callId, DocumentFile file, Instant now) {
    this.callId = callId;
    this.file = file;
    this.createdAt = now;
  }

  public long getCallId() {
    return callId;
  }

  public DocumentFile getFile() {
    return file;
  }
}
