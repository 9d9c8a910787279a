package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.municipalities.Municipality;

/** Records which Stripe connected account receives an enterprise's or a municipality's money. */
@ApplicationScoped
public class ConnectedAccounts {

  @PersistenceContext private EntityManager em;

  @Transactional
  public void enterprise(long enterpriseId, String account, boolean payoutsEnabled) {
    em.find(Enterprise.class, enterpriseId).connected(account, payoutsEnabled);
  }

  @Transactional
  public void municipality(long municipalityId, String account, boolean payoutsEnabled) {
    em.find(Municipality.class, municipalityId).connected(account, payoutsEnabled);
  }
}
