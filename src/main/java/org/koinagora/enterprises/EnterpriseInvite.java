package org.koinagora.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An invitation, by email, to become a member of an enterprise. */
@Entity
@Table(name = "enterprise_invite")
@NamedQuery(
    name = "EnterpriseInvite.findByHash",
    query = "SELECT i FROM EnterpriseInvite i WHERE i.tokenHash = :hash")
public class EnterpriseInvite {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected EnterpriseInvite() {}

  EnterpriseInvite(Enterprise enterprise, String email, String tokenHash, Duration lifetime) {
    this.enterprise = enterprise;
    this.email = email;
    this.tokenHash = tokenHash;
    this.createdAt = Instant.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  boolean isOpenFor(String userEmail, Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt) && email.equalsIgnoreCase(userEmail);
  }

  void accept(long userId) {
    acceptedAt = Instant.now();
    enterprise.addMember(userId);
  }

  Enterprise getEnterprise() {
    return enterprise;
  }
}
