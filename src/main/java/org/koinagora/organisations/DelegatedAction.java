package org.koinagora.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * One line of an enterprise's delegated-access log: who (named as they were then), for which
 * support centre, did what to what, when. Written in the transaction of the action itself.
 */
@Entity
@Table(name = "delegated_action")
@NamedQuery(
    name = "DelegatedAction.findByEnterprise",
    query =
        "SELECT a FROM DelegatedAction a JOIN FETCH a.delegation d JOIN FETCH d.organisation"
            + " WHERE a.enterpriseId = :enterprise ORDER BY a.actedAt DESC, a.id DESC")
public class DelegatedAction extends BaseEntity {

  public static final int ACTION_MAX = 40;
  public static final int SUBJECT_MAX = 200;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "delegation_id")
  private Delegation delegation;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "actor_id", nullable = false)
  private long actorId;

  @Column(name = "actor_name", nullable = false, length = UserAccount.NAME_MAX)
  private String actorName;

  /** A message key's last part, e.g. {@code listing.updated}, {@code order_part.shipped}. */
  @Column(nullable = false, length = ACTION_MAX)
  private String action;

  /** What it was done to, e.g. {@code #42 Πευκόμελο}; null for the grant itself. */
  @Column(length = SUBJECT_MAX)
  private String subject;

  @Column(name = "acted_at", nullable = false)
  private Instant actedAt;

  protected DelegatedAction() {}

  DelegatedAction(
      Delegation delegation, SignedInUser actor, String action, String subject, Instant now) {
    this.delegation = delegation;
    this.enterpriseId = delegation.getEnterprise().getId();
    this.organisationId = delegation.getOrganisation().getId();
    this.actorId = actor.id();
    this.actorName = clip(actor.name(), UserAccount.NAME_MAX);
    this.action = action;
    this.subject = subject == null ? null : clip(subject, SUBJECT_MAX);
    this.actedAt = now;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Delegation getDelegation() {
    return delegation;
  }

  public long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getActedAt() {
    return actedAt;
  }
}
