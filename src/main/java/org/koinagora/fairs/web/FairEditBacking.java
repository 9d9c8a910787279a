package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandChange;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandRow;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/fair-edit?fair=: the organiser edits every detail of a fair and lays out its plan —
 * stands moved, resized, repriced or deleted one by one (while nobody has them), rows added.
 */
@Named
@ViewScoped
public class FairEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A stand as its row of inputs holds it; numbers stay text until saved, so nothing typed is lost.
   */
  public static class StandForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String code;
    private final boolean free;
    private String x;
    private String y;
    private String width;
    private String depth;
    private String price;
    private List<String> features;

    StandForm(Stand stand, boolean free) {
      this.id = stand.getId();
      this.code = stand.getCode();
      this.free = free;
      this.x = String.valueOf(stand.getX());
      this.y = String.valueOf(stand.getY());
      this.width = String.valueOf(stand.getWidth());
      this.depth = String.valueOf(stand.getDepth());
      this.price = stand.getPrice().toPlainString();
      this.features = new ArrayList<>(stand.getFeatures().stream().map(Enum::name).toList());
    }

    public long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    /** Nobody has applied for or booked it: it may change. */
    public boolean isFree() {
      return free;
    }

    public String getX() {
      return x;
    }

    public void setX(String x) {
      this.x = x;
    }

    public String getY() {
      return y;
    }

    public void setY(String y) {
      this.y = y;
    }

    public String getWidth() {
      return width;
    }

    public void setWidth(String width) {
      this.width = width;
    }

    public String getDepth() {
      return depth;
    }

    public void setDepth(String depth) {
      this.depth = depth;
    }

    public String getPrice() {
      return price;
    }

    public void setPrice(String price) {
      this.price = price;
    }

    public List<String> getFeatures() {
      return features;
    }

    public void setFeatures(List<String> features) {
      this.features = features;
    }
  }

  @Inject private transient FairService fairs;
  @Inject private transient FairDirectory directory;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private Long fairId;
  private String status;
  private List<StandForm> stands;

  private String titleEl;
  private String titleEn;
  private String descriptionEl;
  private String descriptionEn;
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
  private String maxStands;
  private String cancellationDeadline;
  private String holdMinutes;
  private String planWidth;
  private String planDepth;
  private List<String> legalForms = new ArrayList<>();
  private List<String> regions = new ArrayList<>();

  // a new row of stands
  private String rowPrefix = "B";
  private String rowCount = "5";
  private String rowX = "0";
  private String rowY = "0";
  private String rowWidth = "3";
  private String rowDepth = "3";
  private String rowPrice = "0";
  private List<String> rowFeatures = new ArrayList<>();

  public void load() {
    if (fairId == null) {
      Pages.sendError(404);
      return;
    }
    try {
      Fair fair = fairs.organisedBy(currentUser.require(Role.MUNICIPALITY), fairId);
      fill(fair);
    } catch (BusinessException refused) {
      fairId = null;
      Pages.sendError(refused.status());
    }
  }

  private void fill(Fair fair) {
    status = fair.getStatus().name();
    titleEl = fair.getTitleEl();
    titleEn = fair.getTitleEn();
    descriptionEl = fair.description(Locale.forLanguageTag("el"));
    descriptionEn = fair.getDescriptionEn();
    theme = fair.getTheme();
    venue = fair.getVenue();
    address = fair.getAddress();
    latitude = fair.getLatitude() == null ? null : fair.getLatitude().toPlainString();
    longitude = fair.getLongitude() == null ? null : fair.getLongitude().toPlainString();
    startsAt = AthensTime.local(fair.getStartsAt());
    endsAt = AthensTime.local(fair.getEndsAt());
    openingHours = fair.getOpeningHours();
    bookingOpensAt = AthensTime.local(fair.getBookingOpensAt());
    bookingClosesAt = AthensTime.local(fair.getBookingClosesAt());
    bookingMode = fair.getBookingMode();
    maxStands = String.valueOf(fair.getMaxStandsPerEnterprise());
    cancellationDeadline = AthensTime.local(fair.getCancellationDeadline());
    holdMinutes = String.valueOf(fair.getHoldMinutes());
    planWidth = String.valueOf(fair.getPlanWidth());
    planDepth = String.valueOf(fair.getPlanDepth());
    legalForms = new ArrayList<>(fair.getEligibleLegalForms());
    regions = new ArrayList<>(fair.getEligibleRegions());
    fillStands(fair);
  }

  private void fillStands(Fair fair) {
    Set<Long> held = fairs.standsWithBookings(fair.getId());
    stands =
        new ArrayList<>(
            fair.getStands().stream()
                .map(stand -> new StandForm(stand, !held.contains(stand.getId())))
                .toList());
  }

  public void save() {
    try {
      var details =
          new FairDetails(
              titleEl,
              titleEn,
              descriptionEl,
              descriptionEn,
              theme,
              venue,
              address,
              decimal(latitude, "latitude"),
              decimal(longitude, "longitude"),
              AthensTime.instant(startsAt, "startsAt"),
              AthensTime.instant(endsAt, "endsAt"),
              openingHours,
              AthensTime.instant(bookingOpensAt, "bookingOpensAt"),
              AthensTime.instant(bookingClosesAt, "bookingClosesAt"),
              bookingMode,
              number(maxStands, "maxStands", "fair.max_stands.invalid"),
              AthensTime.instant(cancellationDeadline, "cancellationDeadline"),
              number(holdMinutes, "holdMinutes", "fair.hold.invalid"),
              number(planWidth, "planWidth", "fair.plan.invalid"),
              number(planDepth, "planDepth", "fair.plan.invalid"),
              enums(LegalForm.class, legalForms),
              enums(Region.class, regions));
      fill(fairs.update(currentUser.require(Role.MUNICIPALITY), fairId, details));
      formErrors.info("fair_edit.saved");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("details", e);
    }
  }

  public void saveStand(StandForm form) {
    try {
      var change =
          new StandChange(
              number(form.getX(), "x", "stand.position.invalid"),
              number(form.getY(), "y", "stand.position.invalid"),
              number(form.getWidth(), "width", "stand.size.invalid"),
              number(form.getDepth(), "depth", "stand.size.invalid"),
              decimal(form.getPrice(), "price"),
              enums(StandFeature.class, form.getFeatures()));
      var stand = fairs.changeStand(currentUser.require(Role.MUNICIPALITY), form.getId(), change);
      fillStands(stand.getFair());
      formErrors.info("fair_edit.stand_saved", form.getCode());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("stands", e);
      formErrors.error("fair_edit.stand_not_saved", form.getCode());
    }
  }

  public void deleteStand(StandForm form) {
    try {
      fairs.deleteStand(currentUser.require(Role.MUNICIPALITY), form.getId());
      fillStands(fairs.organisedBy(currentUser.require(), fairId));
      formErrors.info("fair_edit.stand_deleted", form.getCode());
    } catch (BusinessException e) {
      formErrors.show("stands", e);
    }
  }

  public void addRow() {
    try {
      var row =
          new StandRow(
              rowPrefix == null ? null : rowPrefix.strip().toUpperCase(Locale.ROOT),
              number(rowCount, "count", "stand.count.invalid"),
              number(rowX, "x", "stand.position.invalid"),
              number(rowY, "y", "stand.position.invalid"),
              number(rowWidth, "width", "stand.size.invalid"),
              number(rowDepth, "depth", "stand.size.invalid"),
              decimal(rowPrice, "price"),
              enums(StandFeature.class, rowFeatures));
      fairs.addRow(currentUser.require(Role.MUNICIPALITY), fairId, row);
      fillStands(fairs.organisedBy(currentUser.require(), fairId));
      formErrors.info("organiser.row_added");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("row", e);
    }
  }

  /** Checkbox lists arrive as names: a list does not tell Faces the type of its elements. */
  private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
    Set<E> values = EnumSet.noneOf(type);
    if (names != null) {
      names.forEach(name -> values.add(Enum.valueOf(type, name)));
    }
    return values.isEmpty() ? null : values;
  }

  private static int number(String text, String field, String key) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, key);
    }
  }

  private static BigDecimal decimal(String text, String field) {
    if (text == null || text.isBlank()) {
      if (field.equals("price")) {
        throw new InvalidInputException(field, "stand.price.invalid");
      }
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          field, field.equals("price") ? "stand.price.invalid" : "fair." + field + ".invalid");
    }
  }

  /** The plan as the public page would draw it, for the organiser to check the layout. */
  public List<FairPageBacking.PlanStand> getPlan() {
    Fair fair = getFair();
    Set<Long> taken = directory.takenStands(fairId);
    return fair.getStands().stream()
        .map(
            stand ->
                new FairPageBacking.PlanStand(
                    stand, !taken.contains(stand.getId()), stand.getCode(), ""))
        .toList();
  }

  public Fair getFair() {
    return fairs.organisedBy(currentUser.require(), fairId);
  }

  public FairTheme[] getThemes() {
    return FairTheme.values();
  }

  public BookingMode[] getModes() {
    return BookingMode.values();
  }

  public StandFeature[] getAllFeatures() {
    return StandFeature.values();
  }

  public LegalForm[] getAllLegalForms() {
    return LegalForm.values();
  }

  public Region[] getAllRegions() {
    return Region.values();
  }

  public Long getFairId() {
    return fairId;
  }

  public void setFairId(Long fairId) {
    this.fairId = fairId;
  }

  public String getStatus() {
    return status;
  }

  public List<StandForm> getStands() {
    return stands;
  }

  public String getTitleEl() {
    return titleEl;
  }

  public void setTitleEl(String titleEl) {
    this.titleEl = titleEl;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getDescriptionEl() {
    return descriptionEl;
  }

  public void setDescriptionEl(String descriptionEl) {
    this.descriptionEl = descriptionEl;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
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

  public String getRowPrefix() {
    return rowPrefix;
  }

  public void setRowPrefix(String rowPrefix) {
    this.rowPrefix = rowPrefix;
  }

  public String getRowCount() {
    return rowCount;
  }

  public void setRowCount(String rowCount) {
    this.rowCount = rowCount;
  }

  public String getRowX() {
    return rowX;
  }

  public void setRowX(String rowX) {
    this.rowX = rowX;
  }

  public String getRowY() {
    return rowY;
  }

  public void setRowY(String rowY) {
    this.rowY = rowY;
  }

  public String getRowWidth() {
    return rowWidth;
  }

  public void setRowWidth(String rowWidth) {
    this.rowWidth = rowWidth;
  }

  public String getRowDepth() {
    return rowDepth;
  }

  public void setRowDepth(String rowDepth) {
    this.rowDepth = rowDepth;
  }

  public String getRowPrice() {
    return rowPrice;
  }

  public void setRowPrice(String rowPrice) {
    this.rowPrice = rowPrice;
  }

  public List<String> getRowFeatures() {
    return rowFeatures;
  }

  public void setRowFeatures(List<String> rowFeatures) {
    this.rowFeatures = rowFeatures;
  }
}
