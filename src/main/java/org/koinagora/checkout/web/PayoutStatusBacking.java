package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.checkout.PayoutAccounts.Party;
import org.koinagora.checkout.PayoutAccounts.Status;

/** How a party's card payout account stands, for the dashboards (read once per request). */
@Named
@RequestScoped
public class PayoutStatusBacking {

  @Inject private PayoutAccounts accounts;

  private final Map<String, Status> read = new HashMap<>();

  public Status enterprise(long id) {
    return read.computeIfAbsent("e" + id, key -> accounts.status(Party.ENTERPRISE, id));
  }

  public Status municipality(long id) {
    return read.computeIfAbsent("m" + id, key -> accounts.status(Party.MUNICIPALITY, id));
  }
}
