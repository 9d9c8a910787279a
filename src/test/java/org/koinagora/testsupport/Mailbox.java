package org.koinagora.testsupport;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Mails the application sent through the test SMTP server, by recipient. */
public final class Mailbox {

  private Mailbox() {}

  /**
   * Waits up to 10 s for at least {@code count} mails to {@code recipient}, leaving out the link
   * that confirms a new account's address ({@link People#register} reads that one).
   */
  public static List<MimeMessage> to(String recipient, int count) throws InterruptedException {
    return waitFor(recipient, count, message -> !isAddressConfirmation(message));
  }

  /** The mails to {@code recipient} whose subject starts so: waits up to 10 s for one. */
  public static List<MimeMessage> withSubject(String recipient, String subjectStart)
      throws InterruptedException {
    return waitFor(recipient, 1, message -> subject(message).startsWith(subjectStart));
  }

  /** The address-confirmation mails to {@code recipient}: waits up to 10 s for {@code count}. */
  public static List<MimeMessage> confirmations(String recipient, int count)
      throws InterruptedException {
    return waitFor(recipient, count, Mailbox::isAddressConfirmation);
  }

  private static List<MimeMessage> waitFor(String recipient, int count, Predicate<MimeMessage> kind)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      List<MimeMessage> mails =
          Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
              .filter(message -> isTo(message, recipient))
              .filter(kind)
              .toList();
      if (mails.size() >= count || Instant.now().isAfter(deadline)) {
        return mails;
      }
      Thread.sleep(100);
    }
  }

  private static boolean isAddressConfirmation(MimeMessage message) {
    return body(message).contains("/confirm-email?token=");
  }

  /** The text of a mail; with attachments, its first part's. */
  public static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof Multipart multipart) {
        return String.valueOf(multipart.getBodyPart(0).getContent());
      }
      return String.valueOf(content);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }
}
