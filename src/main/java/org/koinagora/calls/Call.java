package org.koinagora.calls;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A public body's call for offers reserved for social enterprises: DRAFT, then OPEN until its offer
 * deadline (CLOSED after it), then AWARDED to one offer or CANCELLED.
 */
@Entity
@Table(name = "reserved_call")
public class Call extends VersionedEntity {

  public static final int TITLE_MAX = 200;
  public static final int TEXT_MAX = 10000;
  public static final int REASON_MAX = 2000;
  static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "title_el", nullable = false, length = TITLE_MAX))
  @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX))
  private BilingualText title;

  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "description_el", nullable = false, columnDefinition = "TEXT"))
  @AttributeOverride(
      name = "en",
      column = @Column(name = "description_en", columnDefinition = "TEXT"))
  private BilingualText description;

  @Column(length = 200)
  private String category;

  @Column(precision = 12, scale = 2)
  private BigDecimal budget;

  @Column(name = "question_deadline", nullable = false)
  private Instant questionDeadline;

  @Column(name = "offer_deadline", nullable = false)
  private Instant offerDeadline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reserved_call_region", joinColumns = @JoinColumn(name = "call_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "region", length = 40)
  private Set<Region> regions = EnumSet.noneOf(Region.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reserved_call_legal_form", joinColumns = @JoinColumn(name = "call_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", length = 32)
  private Set<LegalForm> legalForms = EnumSet.noneOf(LegalForm.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reserved_call_koinsep_kind", joinColumns = @JoinColumn(name = "call_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "koinsep_kind", length = 24)
  private Set<KoinsepKind> koinsepKinds = EnumSet.noneOf(KoinsepKind.class);

  @Column(name = "requires_gemko", nullable = false)
  private boolean requiresGemko;

  @Column(name = "min_disadvantaged_share", precision = 5, scale = 2)
  private BigDecimal minDisadvantagedShare;

  @Column(name = "declaration_max_months", nullable = false)
  private int declarationMaxMonths = 12;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CallStatus status;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "award_offer_id")
  private CallOffer awardOffer;

  @Column(name = "award_reason", columnDefinition = "TEXT")
  private String awardReason;

  @Column(name = "awarded_at")
  private Instant awardedAt;

  @Column(name = "award_order_id")
  private Long awardOrderId;

  @Column(name = "cancel_reason", columnDefinition = "TEXT")
  private String cancelReason;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @OneToMany(mappedBy = "call", fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<CallQuestion> questions = new ArrayList<>();

  protected Call() {}

  public Call(Organisation organisation, CallDraft draft, long createdBy, Instant now) {
    this.organisation = organisation;
    this.status = CallStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(draft);
  }

  /** Rewrites a call; a published call keeps its text frozen except by a draft's staff. */
  public void edit(CallDraft draft) {
    if (status != CallStatus.DRAFT) {
      throw new ConflictException(null, "call.not_draft");
    }
    apply(draft);
  }

  private void apply(CallDraft draft) {
    if (draft.offerDeadline().isBefore(draft.questionDeadline())) {
      throw new InvalidInputException("offerDeadline", "call.offerDeadline.before_questions");
    }
    this.title = BilingualText.of(draft.titleEl(), draft.titleEn());
    this.description = BilingualText.of(draft.descriptionEl(), draft.descriptionEn());
    this.category =
        draft.category() == null || draft.category().isBlank() ? null : draft.category().strip();
    this.budget = draft.budget();
    this.questionDeadline = draft.questionDeadline();
    this.offerDeadline = draft.offerDeadline();
    this.regions = copy(draft.regions(), Region.class);
    this.legalForms = copy(draft.legalForms(), LegalForm.class);
    this.koinsepKinds = copy(draft.koinsepKinds(), KoinsepKind.class);
    this.requiresGemko = draft.requiresGemko();
    this.minDisadvantagedShare = draft.minDisadvantagedShare();
    this.declarationMaxMonths =
        draft.declarationMaxMonths() == null ? 12 : draft.declarationMaxMonths();
  }

  /** DRAFT to OPEN; its offer deadline must still be ahead. */
  public void publish(Instant now) {
    if (status != CallStatus.DRAFT) {
      throw new ConflictException(null, "call.not_draft");
    }
    if (!offerDeadline.isAfter(now)) {
      throw new InvalidInputException("offerDeadline", "call.offerDeadline.past");
    }
    status = CallStatus.OPEN;
    publishedAt = now;
  }

  /** Whether offers are still taken (and stay sealed): open and before the offer deadline. */
  public boolean takesOffers(Instant now) {
    return status == CallStatus.OPEN && now.isBefore(offerDeadline);
  }

  /** Whether the offers may be read by the organisation: only once the offer deadline is past. */
  public boolean isUnsealed(Instant now) {
    return status != CallStatus.DRAFT && !now.isBefore(offerDeadline);
  }

  public boolean takesQuestions(Instant now) {
    return status == CallStatus.OPEN && now.isBefore(questionDeadline);
  }

  /** The winner, once the deadline is past; the award and its reason become public. */
  public void award(CallOffer offer, String reason, Instant now) {
    if (status != CallStatus.OPEN) {
      throw new ConflictException(null, "call.not_awardable");
    }
    if (!isUnsealed(now)) {
      throw new ConflictException(null, "call.sealed");
    }
    if (offer.getCall() != this || !offer.isSubmitted()) {
      throw new InvalidInputException("offerId", "call.award.offer_unknown");
    }
    if (!offer.isAcceptedByAllPartners()) {
      throw new ConflictException("offerId", "call.award.partners_pending");
    }
    this.awardOffer = offer;
    this.awardReason = reason.strip();
    this.awardedAt = now;
    this.status = CallStatus.AWARDED;
  }

  /** Only a published call that is not awarded is cancelled (a draft is never shown anyway). */
  public void cancel(String reason, Instant now) {
    if (status != CallStatus.OPEN) {
      throw new ConflictException(null, "call.not_cancellable");
    }
    this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    this.cancelledAt = now;
    this.status = CallStatus.CANCELLED;
  }

  /** The status a reader sees now: OPEN turns CLOSED at the offer deadline. */
  public CallStatus status(Instant now) {
    return status == CallStatus.OPEN && !now.isBefore(offerDeadline) ? CallStatus.CLOSED : status;
  }

  public CallStatus getCurrentStatus() {
    return status(Instant.now());
  }

  public boolean isManagedBy(long userId) {
    return organisation.hasStaff(userId);
  }

  /** The date in Athens a declaration must not be older than, for a call judged today. */
  LocalDate oldestDeclaration(LocalDate today) {
    return today.minusMonths(declarationMaxMonths);
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
    return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
  }

  public String title(Locale locale) {
    return title.in(locale);
  }

  public String description(Locale locale) {
    return description.in(locale);
  }

  public BilingualText getTitle() {
    return title;
  }

  public BilingualText getDescription() {
    return description;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getCategory() {
    return category;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public Instant getQuestionDeadline() {
    return questionDeadline;
  }

  public Instant getOfferDeadline() {
    return offerDeadline;
  }

  public Set<Region> getRegions() {
    return regions.isEmpty() ? Set.of() : EnumSet.copyOf(regions);
  }

  public Set<LegalForm> getLegalForms() {
    return legalForms.isEmpty() ? Set.of() : EnumSet.copyOf(legalForms);
  }

  public Set<KoinsepKind> getKoinsepKinds() {
    return koinsepKinds.isEmpty() ? Set.of() : EnumSet.copyOf(koinsepKinds);
  }

  public boolean isRequiresGemko() {
    return requiresGemko;
  }

  public BigDecimal getMinDisadvantagedShare() {
    return minDisadvantagedShare;
  }

  public int getDeclarationMaxMonths() {
    return declarationMaxMonths;
  }

  /** The stored status (DRAFT, OPEN, AWARDED, CANCELLED); see {@link #status(Instant)}. */
  public CallStatus getStoredStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public CallOffer getAwardOffer() {
    return awardOffer;
  }

  public String getAwardReason() {
    return awardReason;
  }

  public Instant getAwardedAt() {
    return awardedAt;
  }

  /** The order the award became (the public body's, paid on account); null before. */
  public Long getAwardOrderId() {
    return awardOrderId;
  }

  void orderedAs(long orderId) {
    this.awardOrderId = orderId;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public List<CallQuestion> getQuestions() {
    return List.copyOf(questions);
  }
}
