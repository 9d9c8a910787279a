package org.koinagora.enterprises.web;

import java.io.Serializable;
import org.koinagora.enterprises.EnterpriseProfile;
import org.koinagora.enterprises.Iban;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.web.BilingualInput;

/** The mutable form behind the enterprise page; turned into an {@link EnterpriseProfile}. */
public class EnterpriseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private LegalForm legalForm;
  private String registryNumber;
  private String vatNumber;
  private Region region;
  private String municipality;
  private BilingualInput description = new BilingualInput();
  private BilingualInput impact = new BilingualInput();
  private String contactEmail;
  private String contactPhone;
  private String website;
  private String iban;
  private String legalName;
  private String gemiNumber;
  private String streetAddress;
  private String postcode;
  private String city;
  private BilingualInput returnsPolicy = new BilingualInput();
  private BilingualInput terms = new BilingualInput();

  void fill(EnterpriseProfile p) {
    name = p.name();
    legalForm = p.legalForm();
    registryNumber = p.registryNumber();
    vatNumber = p.vatNumber();
    region = p.region();
    municipality = p.municipality();
    description = new BilingualInput(p.descriptionEl(), p.descriptionEn());
    impact = new BilingualInput(p.impactEl(), p.impactEn());
    contactEmail = p.contactEmail();
    contactPhone = p.contactPhone();
    website = p.website();
    iban = Iban.grouped(p.iban());
    legalName = p.legalName();
    gemiNumber = p.gemiNumber();
    streetAddress = p.streetAddress();
    postcode = p.postcode();
    city = p.city();
    returnsPolicy = new BilingualInput(p.returnsEl(), p.returnsEn());
    terms = new BilingualInput(p.termsEl(), p.termsEn());
  }

  EnterpriseProfile toProfile() {
    return new EnterpriseProfile(
        name,
        legalForm,
        registryNumber,
        vatNumber,
        region,
        municipality,
        description.getEl(),
        description.getEn(),
        impact.getEl(),
        impact.getEn(),
        contactEmail,
        contactPhone,
        website,
        iban,
        legalName,
        gemiNumber,
        streetAddress,
        postcode,
        city,
        returnsPolicy.getEl(),
        returnsPolicy.getEn(),
        terms.getEl(),
        terms.getEn());
  }

  /** Fills a returns policy or terms left empty with the platform's template, in both languages. */
  void offerTemplates(String returnsEl, String returnsEn, String termsEl, String termsEn) {
    if (isBlank(returnsPolicy.getEl()) && isBlank(returnsPolicy.getEn())) {
      returnsPolicy = new BilingualInput(returnsEl, returnsEn);
    }
    if (isBlank(terms.getEl()) && isBlank(terms.getEn())) {
      terms = new BilingualInput(termsEl, termsEn);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getRegistryNumber() {
    return registryNumber;
  }

  public void setRegistryNumber(String registryNumber) {
    this.registryNumber = registryNumber;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public BilingualInput getDescription() {
    return description;
  }

  public BilingualInput getImpact() {
    return impact;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getGemiNumber() {
    return gemiNumber;
  }

  public void setGemiNumber(String gemiNumber) {
    this.gemiNumber = gemiNumber;
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public void setStreetAddress(String streetAddress) {
    this.streetAddress = streetAddress;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public BilingualInput getReturnsPolicy() {
    return returnsPolicy;
  }

  public BilingualInput getTerms() {
    return terms;
  }
}
