package org.koinagora.calls;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * One enterprise's offer on a call, alone or with up to two partners. Its note is kept sealed
 * (encrypted; see {@link OfferSeal}); nobody but the enterprise reads it before the deadline.
 */
@Entity
@Table(name = "call_offer")
public class CallOffer extends VersionedEntity {

  public static final int NOTE_MAX = 4000;
  public static final int PARTNERS_MAX = 2;

  public enum Status {
    SUBMITTED,
    WITHDRAWN
  }

  /** A partner named on a joint offer, and when (if yet) it accepted. */
  @Embeddable
  public static class Partner {
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Partner() {}

    Partner(long enterpriseId) {
      this.enterpriseId = enterpriseId;
    }

    public Long getEnterpriseId() {
      return enterpriseId;
    }

    public Instant getAcceptedAt() {
      return acceptedAt;
    }

    public boolean isAccepted() {
      return acceptedAt != null;
    }
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "call_id")
  private Call call;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(name = "submitted_by")
  private Long submittedBy;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(name = "note_sealed", columnDefinition = "BLOB")
  private byte[] noteSealed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "replaced_at")
  private Instant replacedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "call_offer_partner", joinColumns = @JoinColumn(name = "offer_id"))
  private List<Partner> partners = new ArrayList<>();

  protected CallOffer() {}

  CallOffer(Call call, Enterprise enterprise, long submittedBy, Instant now) {
    this.call = call;
    this.enterprise = enterprise;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.status = Status.SUBMITTED;
  }

  /** Writes (or replaces) what is offered; a replacement or resubmission is dated. */
  void submit(
      BigDecimal price, byte[] noteSealed, List<Long> partnerIds, long userId, Instant now) {
    if (!call.takesOffers(now)) {
      throw new ConflictException(null, "call.offers_closed");
    }
    if (getId() != null) {
      replacedAt = now;
    }
    this.price = price;
    this.noteSealed = noteSealed;
    this.submittedBy = userId;
    this.status = Status.SUBMITTED;
    this.withdrawnAt = null;
    // a partner accepted what it was shown: whatever changes, every partner accepts again
    partners.clear();
    partnerIds.forEach(id -> partners.add(new Partner(id)));
  }

  void withdraw(Instant now) {
    if (!call.takesOffers(now)) {
      throw new ConflictException(null, "call.offers_closed");
    }
    if (status == Status.WITHDRAWN) {
      return;
    }
    status = Status.WITHDRAWN;
    withdrawnAt = now;
  }

  /** A named partner accepts the joint offer for its enterprise. */
  void acceptAsPartner(long enterpriseId, Instant now) {
    if (!call.takesOffers(now)) {
      throw new ConflictException(null, "call.offers_closed");
    }
    Partner partner =
        partners.stream()
            .filter(p -> p.enterpriseId == enterpriseId)
            .findFirst()
            .orElseThrow(() -> new ConflictException(null, "call.offer.not_partner"));
    if (partner.acceptedAt == null) {
      partner.acceptedAt = now;
    }
  }

  /** A joint offer counts only once every partner it names has accepted it. */
  public boolean isAcceptedByAllPartners() {
    return partners.stream().allMatch(Partner::isAccepted);
  }

  public boolean names(long enterpriseId) {
    return partners.stream().anyMatch(p -> p.enterpriseId == enterpriseId);
  }

  public Set<Long> partnerIds() {
    return Set.copyOf(partners.stream().map(Partner::getEnterpriseId).toList());
  }

  public boolean isSubmitted() {
    return status == Status.SUBMITTED;
  }

  public Call getCall() {
    return call;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public BigDecimal getPrice() {
    return price;
  }

  byte[] sealedNote() {
    return noteSealed == null ? null : noteSealed.clone();
  }

  public Status getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getReplacedAt() {
    return replacedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public List<Partner> getPartners() {
    return List.copyOf(partners);
  }
}
