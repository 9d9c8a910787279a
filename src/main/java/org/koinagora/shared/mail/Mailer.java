package org.koinagora.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail through the configured SMTP server, by way of the outbox table: a mail is queued in the
 * transaction that decides to send it and leaves once that commits. With no server configured (the
 * offline default), or when the server keeps refusing a mail, it stays there for admins to read at
 * /admin/outbox.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "koinagora.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "koinagora.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "koinagora.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "koinagora.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "koinagora.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "koinagora.mail.from", defaultValue = "noreply@koinagora.local")
  String from;

  /**
   * Queues the mail in the caller's transaction; it leaves when that commits (see {@link
   * MailDelivery}).
   */
  @Transactional
  public void send(Mail mail) {
    em.persist(
        new OutboxMail(
            mail, host.isEmpty() ? OutboxMail.Status.OFFLINE : OutboxMail.Status.QUEUED, null));
  }

  /**
   * Hands queued mail to the SMTP server: up to 50 at a time, each row locked while it is sent and
   * skipped by another node's run (so nothing goes twice), deleted once the server took it.
   *
   * <p>Each row is locked by its primary key, one at a time: a locking scan of the status index
   * would also lock the gap after the last queued mail, so every transaction queueing a mail (an
   * order holding its listings' stock rows) would wait for the SMTP server until this one ends.
   */
  @Transactional
  public int deliverQueued() {
    if (host.isEmpty()) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE status = 'QUEUED' ORDER BY id LIMIT 50")
            .getResultList();
    int sent = 0;
    for (Object id : ids) {
      long outboxId = ((Number) id).longValue();
      if (!lockIfStillQueued(outboxId)) {
        continue;
      }
      OutboxMail queued = em.find(OutboxMail.class, outboxId);
      try {
        Transport.send(message(queued.mail()));
        em.remove(queued);
        sent++;
      } catch (MessagingException e) {
        LOG.log(Level.WARNING, "SMTP refused a mail; it stays in the outbox", e);
        queued.refused(e.getMessage());
      }
    }
    return sent;
  }

  /** False when another node's run holds the row, sent it or gave up on it meanwhile. */
  private boolean lockIfStillQueued(long outboxId) {
    return !em.createNativeQuery(
            "SELECT id FROM mail_outbox WHERE id = ? AND status = 'QUEUED' FOR UPDATE SKIP LOCKED")
        .setParameter(1, outboxId)
        .getResultList()
        .isEmpty();
  }

  public List<OutboxMail> recentOutbox(int first, int max) {
    return em.createNamedQuery("OutboxMail.findRecent", OutboxMail.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.attachment() == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      return message;
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), StandardCharsets.UTF_8.name());
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(mail.attachment().content(), mail.attachment().type());
    file.setFileName(mail.attachment().name());
    message.setContent(new MimeMultipart(text, file));
    return message;
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
