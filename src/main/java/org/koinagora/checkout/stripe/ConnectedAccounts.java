package org.koinagora.checkout.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.koinagora.checkout.PayoutAccounts.Party;

/** Records which Stripe connected account receives an enterprise's or a municipality's money. */
@ApplicationScoped
public class ConnectedAccounts {

  @PersistenceContext private EntityManager em;

  public Optional<ConnectedAccount> of(Party party, long id) {
    return em.createNamedQuery("ConnectedAccount.findByParty", ConnectedAccount.class)
        .setParameter("party", party)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records what Stripe said of the party's account, in one statement: two members starting the
   * onboarding at once (Stripe answers both with the same account) both succeed instead of one
   * failing on the party's unique key.
   */
  @Transactional
  public void connected(Party party, long id, String account, boolean payoutsEnabled) {
    em.createNativeQuery(
            "INSERT INTO stripe_connected_account"
                + " (party_kind, party_id, account_id, payouts_enabled, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
                + " account_id = VALUES(account_id), payouts_enabled = VALUES(payouts_enabled),"
                + " updated_at = VALUES(updated_at)")
        .setParameter(1, party.name())
        .setParameter(2, id)
        .setParameter(3, account)
        .setParameter(4, payoutsEnabled)
        .executeUpdate();
  }

  @Transactional
  public void updated(String account, boolean payoutsEnabled) {
    em.createNamedQuery("ConnectedAccount.findByAccount", ConnectedAccount.class)
        .setParameter("account", account)
        .getResultList()
        .forEach(row -> row.connected(account, payoutsEnabled));
  }
}
