package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.NotFoundException;

/** Issues, checks, lists and revokes API tokens. */
@ApplicationScoped
public class ApiTokenService {

  /** Prefix that makes a leaked token recognisable to secret scanners. */
  static final String PREFIX = "kga_";

  @PersistenceContext private EntityManager em;
  @Inject private RoleResolver roles;

  @Inject
  @ConfigProperty(name = "koinagora.api-token.lifetime-days", defaultValue = "90")
  int lifetimeDays;

  /** Returns the secret; it is shown once and never stored. */
  @Transactional
  public String issue(long ownerId, String label) {
    var issued = HashedToken.issue(PREFIX, Duration.ofDays(lifetimeDays));
    UserAccount owner = em.find(UserAccount.class, ownerId);
    String cleanLabel = label == null || label.isBlank() ? "API" : label.strip();
    if (cleanLabel.length() > ApiToken.LABEL_MAX) {
      cleanLabel = cleanLabel.substring(0, ApiToken.LABEL_MAX);
    }
    em.persist(new ApiToken(owner, cleanLabel, issued.token()));
    return issued.secret();
  }

  @Transactional
  public Optional<SignedInUser> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", HashedToken.digestOf(secret))
        .getResultStream()
        .filter(token -> token.isUsable(now))
        .findFirst()
        .map(
            token -> {
              token.markUsed(now);
              return roles.signedIn(token.getOwner());
            });
  }

  public List<ApiToken> activeTokensOf(long ownerId) {
    return em.createNamedQuery("ApiToken.findActiveByOwner", ApiToken.class)
        .setParameter("owner", ownerId)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  @Transactional
  public void revoke(long ownerId, long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getOwner().getId().equals(ownerId)) {
      throw new NotFoundException();
    }
    token.revoke();
  }
}
