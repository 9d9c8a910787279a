package org.koinagora.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseStatus;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/** A product or service an enterprise offers, with its price (VAT included) and stock. */
@Entity
@Cacheable
@Cache(expiry = Listing.CACHE_MILLIS)
@Table(name = "listing")
@NamedQuery(
    name = "Listing.findPublicNewest",
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.query-results-cache.expiry", value = "2000"),
      @QueryHint(name = "eclipselink.join-fetch", value = "l.enterprise"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "l.images")
    },
    query = Listing.PUBLIC + " ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(
    name = "Listing.findPublicFeatured",
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.query-results-cache.expiry", value = "2000"),
      @QueryHint(name = "eclipselink.join-fetch", value = "l.enterprise"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "l.images")
    },
    query = Listing.PUBLIC + " AND l.featured = TRUE ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(
    name = "Listing.findPublicBookableServices",
    hints = {
      @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
      @QueryHint(name = "eclipselink.query-results-cache.expiry", value = "2000"),
      @QueryHint(name = "eclipselink.join-fetch", value = "l.enterprise"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "l.images")
    },
    query =
        Listing.PUBLIC
            + " AND l.kind = org.koinagora.catalog.ListingKind.SERVICE"
            + " AND l.serviceBooking <> org.koinagora.catalog.ServiceBooking.NONE"
            + " ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(
    name = "Listing.findPublicByEnterprise",
    hints = {
      @QueryHint(name = "eclipselink.join-fetch", value = "l.enterprise"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "l.images")
    },
    query =
        Listing.PUBLIC
            + " AND l.enterprise.id = :enterprise"
            + " ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(
    name = "Listing.findPublicInCategories",
    hints = {
      @QueryHint(name = "eclipselink.join-fetch", value = "l.enterprise"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "l.images")
    },
    query =
        Listing.PUBLIC
            + " AND l.category.id IN :categories"
            + " ORDER BY l.createdAt DESC, l.id DESC")
@NamedQuery(
    name = "Listing.countPublicInCategories",
    query =
        "SELECT COUNT(l) FROM Listing l WHERE l.category.id IN :categories AND "
            + Listing.IS_PUBLIC)
@NamedQuery(
    name = "Listing.findByEnterprises",
    query =
        "SELECT l FROM Listing l WHERE l.enterprise.id IN :enterprises"
            + " ORDER BY l.status, l.updatedAt DESC")
public class Listing extends VersionedEntity {

  /**
   * How long a node may serve a listing from memory: changes made on another node of a cluster show
   * here within this time; checkout still checks stock in the database.
   */
  public static final int CACHE_MILLIS = 2000;

  /** What makes a listing public: it is ACTIVE and its enterprise VERIFIED. */
  static final String IS_PUBLIC =
      "l.status = org.koinagora.catalog.ListingStatus.ACTIVE"
          + " AND l.enterprise.status = org.koinagora.enterprises.EnterpriseStatus.VERIFIED";

  static final String PUBLIC = "SELECT l FROM Listing l WHERE " + IS_PUBLIC;

  public static final int TITLE_MAX = 160;
  public static final int DESCRIPTION_MAX = 5000;
  public static final int IMAGES_MAX = 6;
  public static final int CERTIFICATE_MAX = 60;

  /** The heaviest shipping weight a listing may give, in grams (100 kg). */
  public static final int WEIGHT_GRAMS_MAX = 100_000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ListingKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_booking", nullable = false, length = 8)
  private ServiceBooking serviceBooking = ServiceBooking.NONE;

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

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "price", nullable = false, precision = 12, scale = 2))
  private Money price;

  @Column(name = "vat_rate", nullable = false)
  private int vatRate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Unit unit;

  private Integer stock;

  /** Shipping weight in grams, for delivery charged by weight band; null when not given. */
  @Column(name = "weight_grams")
  private Integer weightGrams;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "listing_tag", joinColumns = @JoinColumn(name = "listing_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "tag", length = 32)
  private Set<Tag> tags = EnumSet.noneOf(Tag.class);

  /** The organic control body's code (such as GR-BIO-03), set with the organic tag only. */
  @Column(name = "organic_body", length = 20)
  private String organicBody;

  @Column(name = "organic_certificate", length = CERTIFICATE_MAX)
  private String organicCertificate;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "listing_id", insertable = false, updatable = false)
  @OrderBy("position")
  private List<ListingImage> images = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ListingStatus status;

  @Column(nullable = false)
  private boolean featured;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Listing() {}

  Listing(Enterprise enterprise, ListingDraft draft, Category category) {
    this.enterprise = enterprise;
    this.createdAt = Instant.now();
    apply(draft, category);
  }

  final void apply(ListingDraft draft, Category newCategory) {
    draft.requireCertificationWhereOrganic();
    kind = draft.kind();
    title = draft.title();
    description = draft.description();
    price = draft.money();
    vatRate = draft.vatRate();
    unit = draft.unit();
    stock = draft.stock();
    category = newCategory;
    tags = draft.tags().isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(draft.tags());
    status = draft.status();
    if (tags.contains(Tag.ORGANIC)) {
      organicBody = draft.organicBody().strip().toUpperCase(Locale.ROOT);
      organicCertificate = draft.organicCertificate().strip();
    } else {
      organicBody = null;
      organicCertificate = null;
    }
    // only a product is shipped
    weightGrams = kind == ListingKind.PRODUCT ? draft.weightGrams() : null;
    if (kind != ListingKind.SERVICE) {
      serviceBooking = ServiceBooking.NONE;
    }
    updatedAt = Instant.now();
  }

  /** How the service is bought; a product is never booked nor quoted. */
  public void bookBy(ServiceBooking booking) {
    serviceBooking = kind == ListingKind.SERVICE ? booking : ServiceBooking.NONE;
    updatedAt = Instant.now();
  }

  /** A service bought by booking a time slot. */
  public boolean isBookedBySlot() {
    return kind == ListingKind.SERVICE && serviceBooking == ServiceBooking.SLOTS;
  }

  /** A service bought by asking the enterprise for a quote. */
  public boolean isQuoted() {
    return kind == ListingKind.SERVICE && serviceBooking == ServiceBooking.QUOTE;
  }

  /** Hidden from the storefront but kept, so past orders still point at it. */
  void archive() {
    status = ListingStatus.ARCHIVED;
    updatedAt = Instant.now();
  }

  void addImage(ListingImage image) {
    if (images.size() >= IMAGES_MAX) {
      throw new IllegalStateException("at most " + IMAGES_MAX + " images");
    }
    images.add(image);
  }

  void removeImage(ListingImage image) {
    images.remove(image);
  }

  public boolean isPublic() {
    return status == ListingStatus.ACTIVE && enterprise.getStatus() == EnterpriseStatus.VERIFIED;
  }

  public boolean isSoldOut() {
    return stock != null && stock == 0;
  }

  /** The VAT included in the price: price × rate / (100 + rate). */
  public Money vatIncluded() {
    return price.vatIncluded(vatRate);
  }

  public String title(Locale locale) {
    return title.in(locale);
  }

  public String description(Locale locale) {
    return description.in(locale);
  }

  public ListingDraft draft() {
    return ListingDraft.of(
        kind,
        title,
        description,
        price,
        vatRate,
        unit,
        stock,
        category.getPath(),
        tags.isEmpty() ? Set.of() : EnumSet.copyOf(tags),
        status,
        organicBody,
        organicCertificate,
        weightGrams);
  }

  public String getOrganicBody() {
    return organicBody;
  }

  public String getOrganicCertificate() {
    return organicCertificate;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public ListingKind getKind() {
    return kind;
  }

  public ServiceBooking getServiceBooking() {
    return serviceBooking;
  }

  public BilingualText getTitle() {
    return title;
  }

  public BilingualText getDescription() {
    return description;
  }

  /** The price, VAT included. */
  public Money getPrice() {
    return price;
  }

  public int getVatRate() {
    return vatRate;
  }

  public Integer getWeightGrams() {
    return weightGrams;
  }

  public Unit getUnit() {
    return unit;
  }

  public Integer getStock() {
    return stock;
  }

  public Category getCategory() {
    return category;
  }

  public Set<Tag> getTags() {
    return tags.isEmpty() ? Set.of() : EnumSet.copyOf(tags);
  }

  public List<ListingImage> getImages() {
    return List.copyOf(images);
  }

  public ListingStatus getStatus() {
    return status;
  }

  public boolean isFeatured() {
    return featured;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
