package org.koinagora.shared.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every second, queued mail goes to the SMTP server. */
@Singleton
public class MailDelivery {

  @Inject private Mailer mailer;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    mailer.deliverQueued();
  }
}
