package org.koinagora.organisations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Offer;
import org.koinagora.organisations.OrganisationDraft;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.shared.web.BilingualInput;

/** The admin's "new organisation" form as it holds what was typed. */
public class NewOrganisationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private OrganisationKind kind;
  private final BilingualInput name = new BilingualInput();
  private Region region;
  private final BilingualInput description = new BilingualInput();
  private List<String> offers = new ArrayList<>();
  private String email;
  private String phone;
  private String website;
  private String staffEmail;

  public OrganisationDraft draft() {
    var chosen = EnumSet.noneOf(Offer.class);
    offers.forEach(offer -> chosen.add(Offer.valueOf(offer)));
    return new OrganisationDraft(
        kind,
        name.getEl(),
        name.getEn(),
        region,
        description.getEl(),
        description.getEn(),
        chosen,
        email,
        phone,
        website);
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public BilingualInput getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public BilingualInput getDescription() {
    return description;
  }

  public List<String> getOffers() {
    return offers;
  }

  public void setOffers(List<String> offers) {
    this.offers = offers;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getStaffEmail() {
    return staffEmail;
  }

  public void setStaffEmail(String staffEmail) {
    this.staffEmail = staffEmail;
  }
}
