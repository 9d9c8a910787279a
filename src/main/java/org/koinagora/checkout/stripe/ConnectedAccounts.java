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

  @Transactional
  public void connected(Party party, long id, String account, boolean payoutsEnabled) {
    Optional<ConnectedAccount> row = of(party, id);
    if (row.isPresent()) {
      row.get().connected(account, payoutsEnabled);
    } else {
      ConnectedAccount created = new ConnectedAccount(party, id);
      created.connected(account, payoutsEnabled);
      em.persist(created);
    }
  }

  @Transactional
  public void updated(String account, boolean payoutsEnabled) {
    em.createNamedQuery("ConnectedAccount.findByAccount", ConnectedAccount.class)
        .setParameter("account", account)
        .getResultList()
        .forEach(row -> row.connected(account, payoutsEnabled));
  }
}
