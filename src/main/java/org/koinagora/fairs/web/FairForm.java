package org.koinagora.fairs.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairScope;
import org.koinagora.fairs.FairTheme;
import org.koinagora.shared.web.BilingualInput;

/**
 * A fair's details as the organiser's forms hold them (a new fair's and the edit page's): numbers
 * and dates stay text until sent, so nothing typed is lost.
 */
public class FairForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final BilingualInput title = new BilingualInput();
  private final BilingualInput description = new BilingualInput();
  private FairTheme theme;
  private String venue;
  private String address;
  private String latitude;
  private String longitude;
  private String startsAt;
  private String endsAt;
  private String openingHours;
  private String bookingOpensAt;
  private String bookingClosesAt;
  private BookingMode bookingMode;
  private FairScope scope;
  private String maxStands;
  private String cancellationDeadline;
  private String holdMinutes;
  private String planWidth;
  private String planDepth;
  private List<String> legalForms;
  private List<String> regions;

  /** A new fair: a fair of SSE products, booked at once, one stand each, on a 40 × 20 plan. */
  public FairForm() {
    theme = FairTheme.SSE_PRODUCTS;
    bookingMode = BookingMode.INSTANT;
    scope = FairScope.LOCAL;
    maxStands = "1";
    holdMinutes = "15";
    planWidth = "40";
    planDepth = "20";
    legalForms = new ArrayList<>();
    regions = new ArrayList<>();
  }

  /** The fair as it is now. */
  public static FairForm of(Fair fair) {
    FairForm form = new FairForm();
    form.title.fill(fair.getTitle());
    form.description.fill(fair.getDescription());
    form.theme = fair.getTheme();
    form.venue = fair.getVenue();
    form.address = fair.getAddress();
    form.latitude = fair.getLatitude() == null ? null : fair.getLatitude().toPlainString();
    form.longitude = fair.getLongitude() == null ? null : fair.getLongitude().toPlainString();
    form.startsAt = AthensTime.local(fair.getStartsAt());
    form.endsAt = AthensTime.local(fair.getEndsAt());
    form.openingHours = fair.getOpeningHours();
    form.bookingOpensAt = AthensTime.local(fair.getBookingOpensAt());
    form.bookingClosesAt = AthensTime.local(fair.getBookingClosesAt());
    form.bookingMode = fair.getBookingMode();
    form.scope = fair.getScope();
    form.maxStands = String.valueOf(fair.getMaxStandsPerEnterprise());
    form.cancellationDeadline = AthensTime.local(fair.getCancellationDeadline());
    form.holdMinutes = String.valueOf(fair.getHoldMinutes());
    form.planWidth = String.valueOf(fair.getPlanWidth());
    form.planDepth = String.valueOf(fair.getPlanDepth());
    form.legalForms = new ArrayList<>(fair.getEligibleLegalForms());
    form.regions = new ArrayList<>(fair.getEligibleRegions());
    return form;
  }

  /**
   * What was typed, read for the service to check.
   *
   * @throws org.koinagora.shared.InvalidInputException naming the first field typed wrong
   */
  public FairDetails details() {
    return new FairDetails(
        title.getEl(),
        title.getEn(),
        description.getEl(),
        description.getEn(),
        theme,
        venue,
        address,
        Typed.optionalDecimal(latitude, "latitude", "fair.latitude.invalid"),
        Typed.optionalDecimal(longitude, "longitude", "fair.longitude.invalid"),
        AthensTime.instant(startsAt, "startsAt"),
        AthensTime.instant(endsAt, "endsAt"),
        openingHours,
        AthensTime.instant(bookingOpensAt, "bookingOpensAt"),
        AthensTime.instant(bookingClosesAt, "bookingClosesAt"),
        bookingMode,
        Typed.number(maxStands, "maxStands", "fair.max_stands.invalid"),
        AthensTime.instant(cancellationDeadline, "cancellationDeadline"),
        Typed.number(holdMinutes, "holdMinutes", "fair.hold.invalid"),
        Typed.number(planWidth, "planWidth", "fair.plan.invalid"),
        Typed.number(planDepth, "planDepth", "fair.plan.invalid"),
        Typed.enums(LegalForm.class, legalForms),
        Typed.enums(Region.class, regions),
        scope);
  }

  public FairScope getScope() {
    return scope;
  }

  public void setScope(FairScope scope) {
    this.scope = scope;
  }

  public BilingualInput getTitle() {
    return title;
  }

  public BilingualInput getDescription() {
    return description;
  }

  public FairTheme getTheme() {
    return theme;
  }

  public void setTheme(FairTheme theme) {
    this.theme = theme;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(String endsAt) {
    this.endsAt = endsAt;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getBookingOpensAt() {
    return bookingOpensAt;
  }

  public void setBookingOpensAt(String bookingOpensAt) {
    this.bookingOpensAt = bookingOpensAt;
  }

  public String getBookingClosesAt() {
    return bookingClosesAt;
  }

  public void setBookingClosesAt(String bookingClosesAt) {
    this.bookingClosesAt = bookingClosesAt;
  }

  public BookingMode getBookingMode() {
    return bookingMode;
  }

  public void setBookingMode(BookingMode bookingMode) {
    this.bookingMode = bookingMode;
  }

  public String getMaxStands() {
    return maxStands;
  }

  public void setMaxStands(String maxStands) {
    this.maxStands = maxStands;
  }

  public String getCancellationDeadline() {
    return cancellationDeadline;
  }

  public void setCancellationDeadline(String cancellationDeadline) {
    this.cancellationDeadline = cancellationDeadline;
  }

  public String getHoldMinutes() {
    return holdMinutes;
  }

  public void setHoldMinutes(String holdMinutes) {
    this.holdMinutes = holdMinutes;
  }

  public String getPlanWidth() {
    return planWidth;
  }

  public void setPlanWidth(String planWidth) {
    this.planWidth = planWidth;
  }

  public String getPlanDepth() {
    return planDepth;
  }

  public void setPlanDepth(String planDepth) {
    this.planDepth = planDepth;
  }

  public List<String> getLegalForms() {
    return legalForms;
  }

  public void setLegalForms(List<String> legalForms) {
    this.legalForms = legalForms;
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions;
  }
}
