package org.koinagora.testsupport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Mails the application sent through the test SMTP server, by recipient. */
public final class Mailbox {

  private Mailbox() {}

  /** Waits up to 10 s for at least {@code count} mails to {@code recipient}. */
  public static List<MimeMessage> to(String recipient, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      List<MimeMessage> mails =
          Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
              .filter(message -> isTo(message, recipient))
              .toList();
      if (mails.size() >= count || Instant.now().isAfter(deadline)) {
        return mails;
      }
      Thread.sleep(100);
    }
  }

  public static String body(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
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
