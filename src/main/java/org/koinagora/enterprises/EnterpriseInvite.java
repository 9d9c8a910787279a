package org.koinagora.enterprises;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * An invitation, by email, to become a member of an enterprise; the link works once, until it
 * expires.
 */
@Entity
@Table(name = "enterprise_invite")
@NamedQuery(
    name = "EnterpriseInvite.findByHash",
    query = "SELECT i FROM EnterpriseInvite i WHERE i.token.hash = :hash")
public class EnterpriseInvite extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(nullable = false, length = 254)
  private String email;

  /** Its use is the acceptance. */
  @Embedded
  @AttributeOverride(name = "usedAt", column = @Column(name = "accepted_at"))
  private HashedToken token;

  protected EnterpriseInvite() {}

  EnterpriseInvite(Enterprise enterprise, String email, HashedToken token) {
    this.enterprise = enterprise;
    this.email = email;
    this.token = token;
  }

  boolean isOpenFor(String userEmail, Instant now) {
    return token.isUsable(now) && email.equalsIgnoreCase(userEmail);
  }

  void accept(long userId) {
    token.use(Instant.now());
    enterprise.addMember(userId);
  }

  Enterprise getEnterprise() {
    return enterprise;
  }
}
