package org.koinagora.organisations;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A municipality, regional authority, support centre or partnership: it has a public profile, and
 * its staff (accounts with the MUNICIPALITY role) publish its fairs.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

  public static final int NAME_MAX = 160;
  public static final int EMAIL_MAX = 254;
  public static final int PHONE_MAX = 30;
  public static final int WEBSITE_MAX = 300;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private OrganisationKind kind;

  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "name_el", nullable = false, length = NAME_MAX))
  @AttributeOverride(name = "en", column = @Column(name = "name_en", length = NAME_MAX))
  private BilingualText name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Region region;

  /** Null when none was written (both columns empty). */
  @Embedded
  @AttributeOverride(
      name = "el",
      column = @Column(name = "description_el", columnDefinition = "TEXT"))
  @AttributeOverride(
      name = "en",
      column = @Column(name = "description_en", columnDefinition = "TEXT"))
  private BilingualText description;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "organisation_offer", joinColumns = @JoinColumn(name = "organisation_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "offer", length = 16)
  private Set<Offer> offers = EnumSet.noneOf(Offer.class);

  @Column(name = "contact_email", length = EMAIL_MAX)
  private String contactEmail;

  @Column(name = "contact_phone", length = PHONE_MAX)
  private String contactPhone;

  @Column(length = WEBSITE_MAX)
  private String website;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "organisation_staff", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "user_id")
  private Set<Long> staffIds = new HashSet<>();

  protected Organisation() {}

  public Organisation(OrganisationKind kind, BilingualText name, Region region) {
    this.kind = kind;
    this.name = name;
    this.region = region;
    this.createdAt = Instant.now();
  }

  /** A municipality with a Greek name only, as municipalities were before organisations. */
  public static Organisation municipality(String name, Region region) {
    return new Organisation(OrganisationKind.MUNICIPALITY, BilingualText.greek(name), region);
  }

  /** What the public profile says beyond the name: description, offers and contact. */
  public void describe(
      BilingualText description,
      Set<Offer> offers,
      String contactEmail,
      String contactPhone,
      String website) {
    this.description = description;
    this.offers = offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers);
    this.contactEmail = blankToNull(contactEmail);
    this.contactPhone = blankToNull(contactPhone);
    this.website = blankToNull(website);
  }

  public void addStaff(long userId) {
    staffIds.add(userId);
  }

  public Set<Long> staffIds() {
    return Set.copyOf(staffIds);
  }

  public boolean hasStaff(long userId) {
    return staffIds.contains(userId);
  }

  public OrganisationKind getKind() {
    return kind;
  }

  /**
   * The Greek name (what fairs, mails and feeds named the organiser before names were bilingual).
   */
  public String getName() {
    return name.el();
  }

  public BilingualText getNames() {
    return name;
  }

  /** The name for a reader of this language, Greek where there is no English. */
  public String name(Locale locale) {
    return name.in(locale);
  }

  /** The description for a reader of this language, or null when there is none. */
  public String description(Locale locale) {
    return description == null ? null : description.in(locale);
  }

  public Region getRegion() {
    return region;
  }

  public Set<Offer> getOffers() {
    return offers.isEmpty() ? Set.of() : EnumSet.copyOf(offers);
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
