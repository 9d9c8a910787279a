package org.koinagora.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.mail.OutboxMail;

/** /admin/outbox: mails that were not sent by SMTP. */
@Named
@RequestScoped
public class OutboxBacking {

  private static final int PAGE = 100;

  @Inject private Mailer mailer;

  private List<OutboxMail> mails;

  public List<OutboxMail> getMails() {
    if (mails == null) {
      mails = mailer.recentOutbox(0, PAGE);
    }
    return mails;
  }
}
