package org.koinagora.enterprises;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A social enterprise: its public profile, its members and where it stands in verification. Cached
 * for two seconds per node, so a change made on another node shows within that time.
 */
@Entity
@Cacheable
@Cache(expiry = 2000)
@Table(name = "enterprise")
@NamedQuery(
    name = "Enterprise.findByStatus",
    query = "SELECT e FROM Enterprise e WHERE e.status = :status ORDER BY e.name")
@NamedQuery(
    name = "Enterprise.findByStatusAndRegion",
    query =
        "SELECT e FROM Enterprise e WHERE e.status = :status AND e.region = :region ORDER BY"
            + " e.name")
@NamedQuery(
    name = "Enterprise.findByMember",
    query = "SELECT e FROM Enterprise e WHERE :member MEMBER OF e.memberIds ORDER BY e.name")
@NamedQuery(
    name = "Enterprise.findByVatNumber",
    query = "SELECT e FROM Enterprise e WHERE e.vatNumber = :vatNumber")
public class Enterprise extends VersionedEntity {

  public static final int NAME_MAX = 160;
  public static final int REGISTRY_MAX = 40;
  public static final int MUNICIPALITY_MAX = 120;
  public static final int TEXT_MAX = 5000;
  public static final int REASON_MAX = 1000;
  public static final int STREET_MAX = 200;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false, length = 32)
  private LegalForm legalForm;

  @Column(name = "sse_registry_number", nullable = false, length = REGISTRY_MAX)
  private String registryNumber;

  @Column(name = "vat_number", nullable = false, length = 9)
  private String vatNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Region region;

  @Column(nullable = false, length = MUNICIPALITY_MAX)
  private String municipality;

  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "description_el", nullable = false, columnDefinition = "TEXT"))
  @AttributeOverride(
      name = "en",
      column = @Column(name = "description_en", columnDefinition = "TEXT"))
  private BilingualText description;

  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "impact_el", nullable = false, columnDefinition = "TEXT"))
  @AttributeOverride(name = "en", column = @Column(name = "impact_en", columnDefinition = "TEXT"))
  private BilingualText impact;

  @Column(name = "contact_email", nullable = false, length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(length = 300)
  private String website;

  /** Where buyers paying by bank transfer send the money; shown only to the enterprise's buyers. */
  @Column(length = Iban.MAX)
  private String iban;

  /** The name in the registry, when it differs from the name the enterprise trades under. */
  @Column(name = "legal_name", length = NAME_MAX)
  private String legalName;

  /** The ΓΕΜΗ (General Commercial Registry) number. */
  @Column(name = "gemi_number", length = 12)
  private String gemiNumber;

  @Column(name = "street_address", length = STREET_MAX)
  private String streetAddress;

  @Column(length = 6)
  private String postcode;

  @Column(length = MUNICIPALITY_MAX)
  private String city;

  /** The returns and withdrawal policy; null when none was written (the legal default applies). */
  @Embedded
  @AttributeOverride(name = "el", column = @Column(name = "returns_el", columnDefinition = "TEXT"))
  @AttributeOverride(name = "en", column = @Column(name = "returns_en", columnDefinition = "TEXT"))
  private BilingualText returnsPolicy;

  /** The enterprise's terms of sale; null when none were written. */
  @Embedded
  @AttributeOverride(name = "el", column = @Column(name = "terms_el", columnDefinition = "TEXT"))
  @AttributeOverride(name = "en", column = @Column(name = "terms_en", columnDefinition = "TEXT"))
  private BilingualText terms;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnterpriseStatus status;

  @Column(name = "status_reason", length = REASON_MAX)
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "enterprise_member", joinColumns = @JoinColumn(name = "enterprise_id"))
  @Column(name = "user_id")
  private Set<Long> memberIds = new HashSet<>();

  protected Enterprise() {}

  public Enterprise(EnterpriseProfile profile, long founderId) {
    apply(profile);
    this.status = EnterpriseStatus.PENDING;
    this.createdAt = Instant.now();
    this.memberIds.add(founderId);
  }

  public final void apply(EnterpriseProfile profile) {
    this.name = profile.name().strip();
    this.legalForm = profile.legalForm();
    this.registryNumber = profile.registryNumber().strip();
    this.vatNumber = profile.vatNumber().strip();
    this.region = profile.region();
    this.municipality = profile.municipality().strip();
    this.description = BilingualText.of(profile.descriptionEl(), profile.descriptionEn());
    this.impact = BilingualText.of(profile.impactEl(), profile.impactEn());
    this.contactEmail = profile.contactEmail().strip();
    this.contactPhone = blankToNull(profile.contactPhone());
    this.website = blankToNull(profile.website());
    this.iban =
        profile.iban() == null || profile.iban().isBlank() ? null : Iban.normalise(profile.iban());
    this.legalName = blankToNull(profile.legalName());
    this.gemiNumber = blankToNull(profile.gemiNumber());
    this.streetAddress = blankToNull(profile.streetAddress());
    this.postcode =
        profile.postcode() == null || profile.postcode().isBlank()
            ? null
            : profile.postcode().replace(" ", "");
    this.city = blankToNull(profile.city());
    this.returnsPolicy = optionalText(profile.returnsEl(), profile.returnsEn());
    this.terms = optionalText(profile.termsEl(), profile.termsEn());
  }

  public EnterpriseProfile profile() {
    return new EnterpriseProfile(
        name,
        legalForm,
        registryNumber,
        vatNumber,
        region,
        municipality,
        description.el(),
        description.en(),
        impact.el(),
        impact.en(),
        contactEmail,
        contactPhone,
        website,
        iban,
        legalName,
        gemiNumber,
        streetAddress,
        postcode,
        city,
        returnsPolicy == null ? null : returnsPolicy.el(),
        returnsPolicy == null ? null : returnsPolicy.en(),
        terms == null ? null : terms.el(),
        terms == null ? null : terms.en());
  }

  /** Moves PENDING (or REJECTED, after changes) to VERIFIED. */
  public void verify() {
    if (status == EnterpriseStatus.VERIFIED) {
      throw new IllegalStateException("already verified");
    }
    status = EnterpriseStatus.VERIFIED;
    statusReason = null;
    verifiedAt = Instant.now();
  }

  public void reject(String reason) {
    status = EnterpriseStatus.REJECTED;
    statusReason = reason.strip();
    verifiedAt = null;
  }

  /** A rejected enterprise that fixes its profile asks to be reviewed again. */
  public void resubmitIfRejected() {
    if (status == EnterpriseStatus.REJECTED) {
      status = EnterpriseStatus.PENDING;
    }
  }

  public boolean hasMember(long userId) {
    return memberIds.contains(userId);
  }

  public void addMember(long userId) {
    memberIds.add(userId);
  }

  public boolean isPublic() {
    return status == EnterpriseStatus.VERIFIED;
  }

  public String description(Locale locale) {
    return description.in(locale);
  }

  public String impact(Locale locale) {
    return impact.in(locale);
  }

  /** The name in law: the legal name where given, else the trading name. */
  public String legalNameOrName() {
    return legalName != null ? legalName : name;
  }

  /** Street, postcode and city on one line, or null when no street address was given. */
  public String postalAddress() {
    if (streetAddress == null) {
      return null;
    }
    StringBuilder line = new StringBuilder(streetAddress);
    if (postcode != null || city != null) {
      line.append(", ");
      if (postcode != null) {
        line.append(postcode.substring(0, 3)).append(' ').append(postcode.substring(3));
      }
      if (city != null) {
        line.append(postcode != null ? " " : "").append(city);
      }
    }
    return line.toString();
  }

  /** The returns policy for a reader of this language, or null when the enterprise wrote none. */
  public String returnsPolicy(Locale locale) {
    return returnsPolicy == null ? null : returnsPolicy.in(locale);
  }

  /** The terms of sale for a reader of this language, or null when the enterprise wrote none. */
  public String terms(Locale locale) {
    return terms == null ? null : terms.in(locale);
  }

  private static BilingualText optionalText(String el, String en) {
    return el == null || el.isBlank() ? null : BilingualText.of(el, en);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getName() {
    return name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public String getRegistryNumber() {
    return registryNumber;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public Region getRegion() {
    return region;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getWebsite() {
    return website;
  }

  public EnterpriseStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Set<Long> getMemberIds() {
    return Set.copyOf(memberIds);
  }

  public String getLegalName() {
    return legalName;
  }

  public String getGemiNumber() {
    return gemiNumber;
  }

  public String getIban() {
    return iban;
  }
}
