package org.koinagora.fairs;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A fair an organisation publishes, with its floor plan of stands; co-organisers' staff manage it
 * too.
 */
@Entity
@Table(name = "fair")
@NamedQuery(
    name = "Fair.findPublishedFrom",
    query =
        "SELECT f FROM Fair f JOIN FETCH f.organiser WHERE f.status ="
            + " org.koinagora.fairs.FairStatus.PUBLISHED AND f.endsAt >= :from ORDER BY f.startsAt")
@NamedQuery(
    name = "Fair.findByOrganiser",
    query =
        "SELECT DISTINCT f FROM Fair f LEFT JOIN f.coOrganisers c WHERE f.organiser.id ="
            + " :organiser OR c.id = :organiser ORDER BY f.startsAt DESC")
public class Fair extends VersionedEntity {

  public static final int TITLE_MAX = 160;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organiser_id")
  private Organisation organiser;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "fair_co_organiser",
      joinColumns = @JoinColumn(name = "fair_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> coOrganisers = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FairScope scope;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "el",
        column = @Column(name = "title_el", nullable = false, length = TITLE_MAX)),
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX))
  })
  private BilingualText title;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "el",
        column = @Column(name = "description_el", nullable = false, columnDefinition = "TEXT")),
    @AttributeOverride(
        name = "en",
        column = @Column(name = "description_en", columnDefinition = "TEXT"))
  })
  private BilingualText description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private FairTheme theme;

  @Column(nullable = false, length = 200)
  private String venue;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "opening_hours", length = 200)
  private String openingHours;

  @Column(name = "booking_opens_at", nullable = false)
  private Instant bookingOpensAt;

  @Column(name = "booking_closes_at", nullable = false)
  private Instant bookingClosesAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "booking_mode", nullable = false, length = 16)
  private BookingMode bookingMode;

  @Column(name = "max_stands_per_enterprise", nullable = false)
  private int maxStandsPerEnterprise;

  @Column(name = "cancellation_deadline")
  private Instant cancellationDeadline;

  @Column(name = "eligible_legal_forms", length = 400)
  private String eligibleLegalForms;

  @Column(name = "eligible_regions", length = 600)
  private String eligibleRegions;

  @Column(name = "hold_minutes", nullable = false)
  private int holdMinutes;

  @Column(name = "plan_width", nullable = false)
  private int planWidth;

  @Column(name = "plan_depth", nullable = false)
  private int planDepth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FairStatus status;

  @Column(name = "cancel_reason", length = 1000)
  private String cancelReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "fair")
  @OrderBy("y, x, code")
  private List<Stand> stands = new ArrayList<>();

  protected Fair() {}

  public Fair(Organisation organiser, FairDetails details) {
    this.organiser = organiser;
    this.status = FairStatus.DRAFT;
    this.createdAt = Instant.now();
    apply(details);
  }

  public void apply(FairDetails details) {
    if (!isEditable()) {
      throw new ConflictException(null, "fair.cancelled");
    }
    for (Stand stand : stands) {
      if (stand.getX() + stand.getWidth() > details.planWidth()
          || stand.getY() + stand.getDepth() > details.planDepth()) {
        throw new InvalidInputException("planWidth", "fair.plan.too_small", stand.getCode());
      }
    }
    if (!details.endsAt().isAfter(details.startsAt())) {
      throw new InvalidInputException("end", "fair.end.before_start");
    }
    if (!details.bookingClosesAt().isAfter(details.bookingOpensAt())) {
      throw new InvalidInputException("bookingCloses", "fair.booking.window");
    }
    title = BilingualText.of(details.titleEl(), details.titleEn());
    scope = details.scope() == null ? FairScope.LOCAL : details.scope();
    description = BilingualText.of(details.descriptionEl(), details.descriptionEn());
    theme = details.theme();
    venue = details.venue().strip();
    address = details.address().strip();
    latitude = details.latitude();
    longitude = details.longitude();
    startsAt = details.startsAt();
    endsAt = details.endsAt();
    openingHours = blankToNull(details.openingHours());
    bookingOpensAt = details.bookingOpensAt();
    bookingClosesAt = details.bookingClosesAt();
    bookingMode = details.bookingMode();
    maxStandsPerEnterprise = details.maxStandsPerEnterprise();
    cancellationDeadline = details.cancellationDeadline();
    holdMinutes = details.holdMinutes();
    planWidth = details.planWidth();
    planDepth = details.planDepth();
    eligibleLegalForms = names(details.eligibleLegalForms());
    eligibleRegions = names(details.eligibleRegions());
    updatedAt = Instant.now();
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  /**
   * Whether the enterprise may exhibit: a VERIFIED one, of an admitted legal form and region when
   * the fair names some.
   */
  public boolean admits(Enterprise enterprise) {
    return enterprise.isPublic()
        && (eligibleLegalForms == null
            || getEligibleLegalForms().contains(enterprise.getLegalForm().name()))
        && (eligibleRegions == null
            || getEligibleRegions().contains(enterprise.getRegion().name()));
  }

  /** The admitted legal forms by name; empty when all are. */
  public List<String> getEligibleLegalForms() {
    return eligibleLegalForms == null ? List.of() : List.of(eligibleLegalForms.split(","));
  }

  /** The admitted regions by name; empty when all are. */
  public List<String> getEligibleRegions() {
    return eligibleRegions == null ? List.of() : List.of(eligibleRegions.split(","));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public void publish() {
    if (!isEditable()) {
      throw new ConflictException(null, "fair.cancelled");
    }
    if (stands.isEmpty()) {
      throw new ConflictException(null, "fair.no_stands");
    }
    status = FairStatus.PUBLISHED;
    updatedAt = Instant.now();
  }

  /** No more bookings; the fair stays on show with its exhibitors. */
  public void close() {
    if (status != FairStatus.PUBLISHED) {
      throw new ConflictException(null, "fair.not_published");
    }
    status = FairStatus.CLOSED;
    updatedAt = Instant.now();
  }

  /**
   * Called off, with the reason everyone is told; a draft has nobody to tell and is never
   * cancelled.
   */
  void cancel(String reason) {
    if (!isCancellable()) {
      throw new ConflictException(null, "fair.not_published");
    }
    status = FairStatus.CANCELLED;
    cancelReason = reason;
    updatedAt = Instant.now();
  }

  /** Whether bookings are taken now: published, and inside the booking window. */
  public boolean isOpenForBooking(Instant now) {
    return status == FairStatus.PUBLISHED
        && !now.isBefore(bookingOpensAt)
        && now.isBefore(bookingClosesAt);
  }

  /**
   * Whether the organiser may draw the lottery now: an APPLICATION fair, published or closed, its
   * booking window over, not drawn yet ({@code drawn}).
   */
  public boolean canDrawLottery(Instant now, boolean drawn) {
    return lotteryRefusal(now, drawn) == null;
  }

  /**
   * Refuses a lottery draw that {@link #canDrawLottery} would not allow, saying why.
   *
   * @throws ConflictException with the reason's message key
   */
  public void checkLotteryCanBeDrawn(Instant now, boolean drawn) {
    String refusal = lotteryRefusal(now, drawn);
    if (refusal != null) {
      throw new ConflictException(null, refusal);
    }
  }

  private String lotteryRefusal(Instant now, boolean drawn) {
    if (bookingMode != BookingMode.APPLICATION) {
      return "lottery.not_application";
    }
    if (!isCancellable()) {
      return "fair.not_published";
    }
    if (now.isBefore(bookingClosesAt)) {
      return "lottery.window_open";
    }
    return drawn ? "lottery.already" : null;
  }

  /** Published or closed: there are bookings to end, and exhibitors to tell. */
  public boolean isCancellable() {
    return status == FairStatus.PUBLISHED || status == FairStatus.CLOSED;
  }

  /** A cancelled fair is final; every other one may still change. */
  public boolean isEditable() {
    return status != FairStatus.CANCELLED;
  }

  public boolean canBeCancelledBy(Instant now) {
    return cancellationDeadline == null
        ? now.isBefore(startsAt)
        : now.isBefore(cancellationDeadline);
  }

  /** Anyone sees a fair once published, also when closed or cancelled. */
  public boolean isPublic() {
    return status != FairStatus.DRAFT;
  }

  public String title(Locale locale) {
    return title.in(locale);
  }

  public String description(Locale locale) {
    return description.in(locale);
  }

  public Organisation getOrganiser() {
    return organiser;
  }

  /** Whether the user is staff of the lead organiser or of a co-organiser. */
  public boolean isManagedBy(long userId) {
    return isLedBy(userId) || coOrganisers.stream().anyMatch(o -> o.hasStaff(userId));
  }

  /**
   * Whether the user is staff of the lead organiser, who alone cancels the fair, changes its
   * booking mode and removes co-organisers.
   */
  public boolean isLedBy(long userId) {
    return organiser.hasStaff(userId);
  }

  public boolean isOrganisedBy(long organisationId) {
    return organisers().anyMatch(o -> Long.valueOf(organisationId).equals(o.getId()));
  }

  /** Another organisation joins the fair's organisers; refused for the lead or one already in. */
  public void addCoOrganiser(Organisation organisation) {
    if (!isEditable()) {
      throw new ConflictException(null, "fair.cancelled");
    }
    if (isOrganisedBy(organisation.getId())) {
      throw new ConflictException("organisationId", "fair.co_organiser.already");
    }
    coOrganisers.add(organisation);
    updatedAt = Instant.now();
  }

  public void removeCoOrganiser(long organisationId) {
    if (!coOrganisers.removeIf(o -> Long.valueOf(organisationId).equals(o.getId()))) {
      throw new InvalidInputException("organisationId", "fair.co_organiser.unknown");
    }
    updatedAt = Instant.now();
  }

  /** The co-organisers by their Greek name. */
  public List<Organisation> getCoOrganisers() {
    return coOrganisers.stream().sorted(Comparator.comparing(Organisation::getName)).toList();
  }

  /** The lead organiser, then the co-organisers. */
  public Stream<Organisation> organisers() {
    return Stream.concat(Stream.of(organiser), getCoOrganisers().stream());
  }

  /** Every organiser's name in the reader's language, the lead first, as one line. */
  public String organiserNames(Locale locale) {
    return organisers().map(o -> o.name(locale)).collect(Collectors.joining(", "));
  }

  public FairScope getScope() {
    return scope;
  }

  public BilingualText getTitle() {
    return title;
  }

  public BilingualText getDescription() {
    return description;
  }

  public FairTheme getTheme() {
    return theme;
  }

  public String getVenue() {
    return venue;
  }

  /**
   * Where, as a page says it: the venue and its address, without the venue twice when the address
   * begins with it.
   */
  public String place() {
    if (address == null || address.isBlank()) {
      return venue;
    }
    return address
            .strip()
            .toLowerCase(Locale.ROOT)
            .startsWith(venue.strip().toLowerCase(Locale.ROOT))
        ? address
        : venue + ", " + address;
  }

  public String getAddress() {
    return address;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public Instant getBookingOpensAt() {
    return bookingOpensAt;
  }

  public Instant getBookingClosesAt() {
    return bookingClosesAt;
  }

  public BookingMode getBookingMode() {
    return bookingMode;
  }

  public int getMaxStandsPerEnterprise() {
    return maxStandsPerEnterprise;
  }

  public Instant getCancellationDeadline() {
    return cancellationDeadline;
  }

  public int getHoldMinutes() {
    return holdMinutes;
  }

  public int getPlanWidth() {
    return planWidth;
  }

  public int getPlanDepth() {
    return planDepth;
  }

  public FairStatus getStatus() {
    return status;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<Stand> getStands() {
    return stands;
  }
}
