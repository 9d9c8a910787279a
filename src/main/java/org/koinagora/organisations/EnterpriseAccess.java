package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.NotFoundException;

/**
 * The one rule for acting on an enterprise's listings, orders (and, later, quotes): its members
 * may, and so may the staff of a support centre holding an active delegation from it — not revoked,
 * not run out. Whatever is done under a delegation is written to the enterprise's log, in the same
 * transaction, naming who did it.
 */
@ApplicationScoped
public class EnterpriseAccess {

  /** Who acts for which enterprise, and under which delegation (null: as a member). */
  public record Acting(SignedInUser user, Enterprise enterprise, Delegation delegation) {

    public boolean delegated() {
      return delegation != null;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;

  /**
   * The enterprise the user acts for: the one named (if a member, or delegated to), or, unnamed,
   * their only one as a member. 403 otherwise; 400 naming {@code enterprise} for a member of
   * several who named none.
   */
  public Acting actingFor(SignedInUser user, Long enterpriseId) {
    if (enterpriseId == null) {
      return new Acting(user, enterprises.actingFor(user, null), null);
    }
    return on(user, enterpriseId);
  }

  /** The user acting for this enterprise: 404 when there is none, 403 when they may not. */
  public Acting on(SignedInUser user, long enterpriseId) {
    Enterprise enterprise = em.find(Enterprise.class, enterpriseId);
    if (enterprise == null) {
      throw new NotFoundException();
    }
    return on(user, enterprise);
  }

  /** The user acting for this enterprise; 403 (and nothing changed) when they may not. */
  public Acting on(SignedInUser user, Enterprise enterprise) {
    if (enterprise.hasMember(user.id())) {
      return new Acting(user, enterprise, null);
    }
    return activeDelegation(user.id(), enterprise.getId())
        .map(delegation -> new Acting(user, enterprise, delegation))
        .orElseThrow(AccessDeniedException::new);
  }

  /**
   * Writes what was done to the enterprise's log when it was done under a delegation (a member's
   * own actions are not logged here). {@code action} is a key such as {@code listing.updated}.
   */
  public void record(Acting acting, String action, String subject) {
    if (acting.delegated()) {
      // read again under a share lock: a revocation committed since the check wins (403, rolled
      // back), and one made now waits for this action, which it then sees in the log
      Delegation delegation =
          em.find(Delegation.class, acting.delegation().getId(), LockModeType.PESSIMISTIC_READ);
      if (!delegation.isActive(Instant.now())) {
        throw new AccessDeniedException();
      }
      em.persist(
          new DelegatedAction(acting.delegation(), acting.user(), action, subject, Instant.now()));
    }
  }

  /** The active delegations the user's support centres hold, by enterprise name. */
  public List<Delegation> heldBy(long userId) {
    return em.createNamedQuery("Delegation.findActiveForStaff", Delegation.class)
        .setParameter("now", Instant.now())
        .setParameter("kind", OrganisationKind.SUPPORT_CENTRE)
        .setParameter("user", userId)
        .getResultList();
  }

  private Optional<Delegation> activeDelegation(long userId, long enterpriseId) {
    return heldBy(userId).stream()
        .filter(d -> d.getEnterprise().getId() == enterpriseId)
        .findFirst();
  }
}
