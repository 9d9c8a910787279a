package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.Delegation;
import org.koinagora.organisations.EnterpriseAccess;

/**
 * On /dashboard/municipality, for a support centre's staff: "Enterprises we support", those whose
 * delegated access the centre holds now.
 */
@Named
@RequestScoped
public class SupportedEnterprisesBacking {

  @Inject private EnterpriseAccess access;
  @Inject private CurrentUser currentUser;

  private List<Delegation> held;

  public List<Delegation> getHeld() {
    if (held == null) {
      held = access.heldBy(currentUser.require().id());
    }
    return held;
  }

  /** The last day of access (it ends at that day's midnight). */
  public Instant lastDay(Delegation delegation) {
    return delegation.getValidUntil().minusSeconds(1);
  }
}
