package org.koinagora.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * An organisation or enterprise invited into a partnership: INVITED until its staff or members
 * accept or decline; a declined member may be invited again.
 */
@Entity
@Table(name = "partnership_member")
public class PartnershipMember extends VersionedEntity {

  /** What kind of member: another organisation, or an enterprise. */
  public enum Kind {
    ORGANISATION,
    ENTERPRISE
  }

  /** Where the invitation stands. */
  public enum Status {
    INVITED,
    ACCEPTED,
    DECLINED
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "partnership_id")
  private Organisation partnership;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_kind", nullable = false, length = 16)
  private Kind kind;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected PartnershipMember() {}

  PartnershipMember(Organisation partnership, Kind kind, long memberId, Instant now) {
    this.partnership = partnership;
    this.kind = kind;
    this.memberId = memberId;
    this.status = Status.INVITED;
    this.invitedAt = now;
  }

  /** Invited again after declining; refused while invited or a member. */
  void inviteAgain(Instant now) {
    if (status != Status.DECLINED) {
      throw new ConflictException("memberId", "partnership.already_invited");
    }
    status = Status.INVITED;
    invitedAt = now;
    decidedAt = null;
  }

  void decide(boolean accept, Instant now) {
    if (status != Status.INVITED) {
      throw new ConflictException(null, "partnership.not_invited");
    }
    status = accept ? Status.ACCEPTED : Status.DECLINED;
    decidedAt = now;
  }

  public Organisation getPartnership() {
    return partnership;
  }

  public Kind getKind() {
    return kind;
  }

  public long getMemberId() {
    return memberId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}
