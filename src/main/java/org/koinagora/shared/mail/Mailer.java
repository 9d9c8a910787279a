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
import jakarta.mail.internet.MimeMessage;
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
 * Sends mail through the configured SMTP server; with none configured (the offline default) or
 * when the server refuses, the mail goes to the outbox table that admins read at /admin/outbox.
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

  @Transactional
  public void send(Mail mail) {
    if (host.isEmpty()) {
      em.persist(new OutboxMail(mail, OutboxMail.Status.OFFLINE, null));
      return;
    }
    try {
      Transport.send(message(mail));
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "SMTP refused a mail; kept in the outbox", e);
      em.persist(new OutboxMail(mail, OutboxMail.Status.FAILED, e.getMessage()));
    }
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
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
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
