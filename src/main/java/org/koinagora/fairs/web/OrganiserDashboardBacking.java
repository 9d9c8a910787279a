package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairCancellation;
import org.koinagora.fairs.Lottery;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandRow;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/municipality: the organiser's fairs — create one, add rows of stands, publish, and
 * decide on applications and payments.
 */
@Named
@RequestScoped
public class OrganiserDashboardBacking {

  @Inject private FairService fairs;
  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private FairCancellation cancellations;
  @Inject private Lottery lottery;
  @Inject private org.koinagora.checkout.stripe.StripeConnect stripeConnect;
  @Inject private org.koinagora.checkout.Payments payments;

  private List<Fair> mine;
  private org.koinagora.municipalities.Municipality municipality;
  private final Map<Long, List<StandBooking>> bookingsByFair = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, String> cancelReasons = new HashMap<>();
  private final Map<Long, String> fees = new HashMap<>();
  private final Map<Long, String> feeReasons = new HashMap<>();

  // the new fair
  private String titleEl;
  private String titleEn;
  private String descriptionEl;
  private FairTheme theme = FairTheme.SSE_PRODUCTS;
  private String venue;
  private String address;
  private String startsAt;
  private String endsAt;
  private String bookingOpensAt;
  private String bookingClosesAt;
  private BookingMode bookingMode = BookingMode.INSTANT;
  private int maxStands = 1;

  // a row of stands
  private final Map<Long, String> rowPrefix = new HashMap<>();
  // pages bind map values as text: a map does not tell Faces what type its values have
  private final Map<Long, String> rowCount = new HashMap<>();
  private final Map<Long, String> rowY = new HashMap<>();
  private final Map<Long, String> rowPrice = new HashMap<>();

  public List<Fair> getMine() {
    if (mine == null) {
      mine = fairs.ofOrganiser(currentUser.require(Role.MUNICIPALITY));
    }
    return mine;
  }

  public List<StandBooking> bookingsOf(long fairId) {
    return bookingsByFair.computeIfAbsent(fairId, id -> bookings.ofFair(currentUser.require(), id));
  }

  public void create() {
    try {
      var details = new FairDetails(
          titleEl, titleEn, descriptionEl, null, theme, venue, address, null, null, AthensTime.instant(startsAt, "startsAt"), AthensTime.instant(endsAt, "endsAt"),
          null, AthensTime.instant(bookingOpensAt, "bookingOpensAt"), AthensTime.instant(bookingClosesAt, "bookingClosesAt"), bookingMode, maxStands, null, 15, 40, 20, null, null);
      Fair fair = fairs.create(currentUser.require(Role.MUNICIPALITY), details);
      formErrors.info("organiser.created", fair.getTitleEl());
      mine = null;
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("create", e);
    }
  }

  public void addRow(long fairId) {
    try {
      BigDecimal price = new BigDecimal(orElse(rowPrice.get(fairId), "0").strip().replace(',', '.'));
      var row = new StandRow(orElse(rowPrefix.get(fairId), "A").strip().toUpperCase(java.util.Locale.ROOT), number(rowCount.get(fairId), 10, "count"),
          0, number(rowY.get(fairId), 0, "y"), 3, 3, price, EnumSet.noneOf(org.koinagora.fairs.StandFeature.class));
      fairs.addRow(currentUser.require(Role.MUNICIPALITY), fairId, row);
      formErrors.info("organiser.row_added");
      mine = null;
    } catch (NumberFormatException e) {
      formErrors.error("stand.price.invalid");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("fairs", e);
    }
  }

  private static int number(String text, int otherwise, String field) {
    try {
      return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, field.equals("count") ? "stand.count.invalid" : "stand.position.invalid");
    }
  }

  private static <T> T orElse(T value, T otherwise) {
    return value == null || (value instanceof String text && text.isBlank()) ? otherwise : value;
  }

  public void publish(long fairId) {
    act(() -> fairs.publish(currentUser.require(Role.MUNICIPALITY), fairId), "organiser.published");
  }

  public void approve(long bookingId) {
    act(() -> bookings.approve(currentUser.require(Role.MUNICIPALITY), bookingId), "organiser.approved");
  }

  public void reject(long bookingId) {
    act(() -> bookings.reject(currentUser.require(Role.MUNICIPALITY), bookingId, reasons.get(bookingId)), "organiser.rejected");
  }

  public void markPaid(long bookingId) {
    act(() -> bookings.markPaid(currentUser.require(Role.MUNICIPALITY), bookingId), "organiser.paid");
  }

  public void close(long fairId) {
    act(() -> fairs.close(currentUser.require(Role.MUNICIPALITY), fairId), "organiser.closed");
  }

  public void cancel(long fairId) {
    act(() -> cancellations.cancel(currentUser.require(Role.MUNICIPALITY), fairId, cancelReasons.get(fairId)), "organiser.cancelled");
  }

  public void drawLottery(long fairId) {
    act(() -> lottery.draw(currentUser.require(Role.MUNICIPALITY), fairId), "organiser.lottery_drawn");
  }

  /** Social pricing: a lower fee, or none, with the reason kept beside the booking. */
  public void adjustFee(long bookingId) {
    try {
      String typed = fees.get(bookingId);
      BigDecimal fee = typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace(',', '.'));
      act(() -> bookings.adjustFee(currentUser.require(Role.MUNICIPALITY), bookingId, fee, feeReasons.get(bookingId)), "organiser.fee_changed");
    } catch (NumberFormatException e) {
      formErrors.error("stand.price.invalid");
    }
  }

  /** Whether the fair's published lottery can be drawn now: applications, window closed, not drawn yet. */
  public boolean canDraw(Fair fair) {
    return fair.getBookingMode() == BookingMode.APPLICATION
        && (fair.getStatus() == org.koinagora.fairs.FairStatus.PUBLISHED || fair.getStatus() == org.koinagora.fairs.FairStatus.CLOSED)
        && !Instant.now().isBefore(fair.getBookingClosesAt())
        && lottery.of(fair.getId()).isEmpty();
  }

  /** The municipality, with the Stripe account that receives its stand fees. */
  public org.koinagora.municipalities.Municipality getMunicipality() {
    if (municipality == null) {
      municipality = fairs.municipalityOf(currentUser.require(Role.MUNICIPALITY));
    }
    return municipality;
  }

  public boolean isStripeAvailable() {
    return payments.isAvailable(org.koinagora.checkout.PaymentMethod.STRIPE);
  }

  /** Sends the staff member to Stripe's onboarding pages for the municipality's account. */
  public void connectStripe() {
    try {
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
          .redirect(stripeConnect.onboardMunicipality(currentUser.require(Role.MUNICIPALITY)).toString());
    } catch (BusinessException e) {
      formErrors.show("stripe", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Back from Stripe ({@code ?stripe=1}): ask how the account stands. */
  public void load() {
    if (jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("stripe")) {
      stripeConnect.refreshMunicipality(currentUser.require(Role.MUNICIPALITY));
    }
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      formErrors.info(done);
      mine = null;
      bookingsByFair.clear();
    } catch (BusinessException e) {
      formErrors.show("fairs", e);
    }
  }

  public FairTheme[] getThemes() {
    return FairTheme.values();
  }

  public BookingMode[] getModes() {
    return BookingMode.values();
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, String> getCancelReasons() {
    return cancelReasons;
  }

  public Map<Long, String> getFees() {
    return fees;
  }

  public Map<Long, String> getFeeReasons() {
    return feeReasons;
  }

  public Map<Long, String> getRowPrefix() {
    return rowPrefix;
  }

  public Map<Long, String> getRowCount() {
    return rowCount;
  }

  public Map<Long, String> getRowY() {
    return rowY;
  }

  public Map<Long, String> getRowPrice() {
    return rowPrice;
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

  public int getMaxStands() {
    return maxStands;
  }

  public void setMaxStands(int maxStands) {
    this.maxStands = maxStands;
  }
}
