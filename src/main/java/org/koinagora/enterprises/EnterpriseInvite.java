package org.koinagora.enterprises;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.EmailInvitation;

/** An invitation, by email, to become a member of an enterprise. */
@Entity
@Table(name = "enterprise_invite")
public class EnterpriseInvite extends EmailInvitation {

  @ManyToOne(optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  protected EnterpriseInvite() {}

  EnterpriseInvite(Enterprise enterprise, String email, HashedToken token) {
    super(email, token);
    this.enterprise = enterprise;
  }

  void accept(long userId) {
    accepted();
    enterprise.addMember(userId);
  }

  Enterprise getEnterprise() {
    return enterprise;
  }
}
