package org.koinagora.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * Delegated access: a support centre's staff may act for an enterprise (its listings, its orders)
 * until {@code validUntil}, unless the enterprise's members revoke it first.
 */
@Entity
@Table(name = "enterprise_delegation")
@NamedQuery(
    name = "Delegation.findOpen",
    query =
        "SELECT d FROM Delegation d WHERE d.enterprise.id = :enterprise AND d.organisation.id ="
            + " :organisation AND d.closedAt IS NULL")
@NamedQuery(
    name = "Delegation.findByEnterprise",
    query =
        "SELECT d FROM Delegation d JOIN FETCH d.organisation WHERE d.enterprise.id = :enterprise"
            + " ORDER BY d.grantedAt DESC, d.id DESC")
@NamedQuery(
    name = "Delegation.findActiveForStaff",
    query =
        "SELECT d FROM Delegation d JOIN FETCH d.enterprise JOIN FETCH d.organisation WHERE"
            + " d.closedAt IS NULL AND d.validUntil > :now AND d.organisation.kind = :kind"
            + " AND :user MEMBER OF d.organisation.staffIds ORDER BY d.enterprise.name, d.id")
public class Delegation extends VersionedEntity {

  /** The longest a grant may run, from the day it is given or extended. */
  public static final int MAX_DAYS = 366;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "granted_by", nullable = false)
  private long grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  /** When it stopped being the enterprise's open grant to this centre: revoked or replaced. */
  @Column(name = "closed_at")
  private Instant closedAt;

  protected Delegation() {}

  Delegation(
      Enterprise enterprise,
      Organisation supportCentre,
      long grantedBy,
      Instant now,
      Instant validUntil) {
    this.enterprise = enterprise;
    this.organisation = supportCentre;
    this.grantedBy = grantedBy;
    this.grantedAt = now;
    this.validUntil = validUntil;
  }

  /** Whether the centre's staff may act under it at this moment. */
  public boolean isActive(Instant now) {
    return closedAt == null && validUntil.isAfter(now);
  }

  /** Granted again while still open: it now runs until the new day (earlier or later). */
  void extend(Instant until) {
    this.validUntil = until;
  }

  /** Ran out, and a new grant to the same centre takes its place; its history stays. */
  void replaced(Instant now) {
    closedAt = now;
  }

  void revoke(long memberId, Instant now) {
    if (closedAt != null) {
      throw new ConflictException(null, "delegation.already_ended");
    }
    revokedAt = now;
    revokedBy = memberId;
    closedAt = now;
    if (validUntil.isAfter(now)) {
      validUntil = now;
    }
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public long getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
