package org.koinagora.shared.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.koinagora.shared.jobs.JobLeases;

/**
 * Every second, queued mail goes to the SMTP server, from one node of a cluster at a time: the
 * outbox's {@code FOR UPDATE SKIP LOCKED} keeps two nodes apart on one MariaDB server, but not on
 * Galera, where row locks are per node and the second commit fails only after both sent the mail.
 */
@Singleton
public class MailDelivery {

  @Inject private Mailer mailer;
  @Inject private JobLeases leases;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    leases.runIfLeader("mail-delivery", Duration.ofSeconds(15), mailer::deliverQueued);
  }
}
