package org.koinagora.shared.mail;

/** A plain-text mail to one person, with at most one text attachment (e.g. a calendar entry). */
public record Mail(String to, String subject, String body, Attachment attachment) {

  public Mail(String to, String subject, String body) {
    this(to, subject, body, null);
  }

  /** A text file sent along: its name, its media type and its content. */
  public record Attachment(String name, String type, String content) {}
}
