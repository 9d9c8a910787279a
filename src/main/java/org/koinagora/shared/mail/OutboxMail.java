package org.koinagora.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * A mail not yet handed to an SMTP server: QUEUED until the sending job delivers it (then it is
 * deleted), OFFLINE when no server is configured, FAILED when the server kept refusing it.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMail.findRecent", query = "SELECT m FROM OutboxMail m ORDER BY m.id DESC")
public class OutboxMail extends BaseEntity {

  /** Why the mail sits here. */
  public enum Status {
    QUEUED,
    OFFLINE,
    FAILED
  }

  /** Tries before a mail the server keeps refusing is left FAILED for an admin to read. */
  static final int MAX_ATTEMPTS = 5;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(length = 1000)
  private String error;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "attachment_name", length = 100)
  private String attachmentName;

  @Column(name = "attachment_type", length = 100)
  private String attachmentType;

  @Column(name = "attachment", columnDefinition = "MEDIUMTEXT")
  private String attachment;

  protected OutboxMail() {}

  OutboxMail(Mail mail, Status status, String error) {
    this.recipient = mail.to();
    this.subject =
        mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
    this.body = mail.body();
    if (mail.attachment() != null) {
      this.attachmentName = mail.attachment().name();
      this.attachmentType = mail.attachment().type();
      this.attachment = mail.attachment().content();
    }
    this.status = status;
    this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    this.createdAt = Instant.now();
  }

  Mail mail() {
    return new Mail(
        recipient,
        subject,
        body,
        attachment == null
            ? null
            : new Mail.Attachment(attachmentName, attachmentType, attachment));
  }

  /** The server refused it: tried again by the next run, until {@link #MAX_ATTEMPTS}. */
  void refused(String why) {
    attempts++;
    error = why == null || why.length() <= 1000 ? why : why.substring(0, 1000);
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    }
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public Status getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
