package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.Payments;
import org.koinagora.checkout.stripe.StripeConnect;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairCancellation;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.FairStatus;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.Lottery;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandRow;
import org.koinagora.municipalities.Municipality;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.validation.Violations;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

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
  @Inject private StripeConnect stripeConnect;
  @Inject private Payments payments;

  private List<Fair> mine;
  private Municipality municipality;
  private final Map<Long, List<StandBooking>> bookingsByFair = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, String> cancelReasons = new HashMap<>();
  private final Set<Long> cancelAsked = new HashSet<>();
  private boolean cancelAnswered;
  private boolean feeAnswered;
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
  private final Map<Long, Map<String, String>> rowProblems = new HashMap<>();
  private final Map<Long, Object[]> rowArguments = new HashMap<>();

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
      var details =
          new FairDetails(
              titleEl,
              titleEn,
              descriptionEl,
              null,
              theme,
              venue,
              address,
              null,
              null,
              AthensTime.instant(startsAt, "startsAt"),
              AthensTime.instant(endsAt, "endsAt"),
              null,
              AthensTime.instant(bookingOpensAt, "bookingOpensAt"),
              AthensTime.instant(bookingClosesAt, "bookingClosesAt"),
              bookingMode,
              maxStands,
              null,
              15,
              40,
              20,
              null,
              null);
      Fair fair = fairs.create(currentUser.require(Role.MUNICIPALITY), details);
      formErrors.info("organiser.created", fair.getTitleEl());
      mine = null;
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("create", e);
    }
  }

  /**
   * Adds a row of stands. The letter, the number of stands and the price must be given (0 for free
   * stands): an empty form makes nothing and says, next to each field, what it needs.
   */
  public void addRow(long fairId) {
    Map<String, String> problems = new LinkedHashMap<>();
    String prefix = text(rowPrefix.get(fairId));
    Integer count = wholeNumber(rowCount.get(fairId));
    // the distance from the top may stay empty: the row then runs along the top of the plan
    Integer y = text(rowY.get(fairId)) == null ? Integer.valueOf(0) : wholeNumber(rowY.get(fairId));
    BigDecimal price = decimal(rowPrice.get(fairId));
    if (prefix == null) {
      problems.put("prefix", "stand.prefix.invalid");
    }
    if (count == null) {
      problems.put("count", "stand.count.invalid");
    }
    if (y == null) {
      problems.put("y", "stand.position.invalid");
    }
    if (price == null) {
      problems.put("price", "stand.price.invalid");
    }
    if (problems.isEmpty()) {
      try {
        var row =
            new StandRow(
                prefix.toUpperCase(Locale.ROOT),
                count,
                0,
                y,
                3,
                3,
                price,
                EnumSet.noneOf(StandFeature.class));
        fairs.addRow(currentUser.require(Role.MUNICIPALITY), fairId, row);
        formErrors.info("organiser.row_added");
        mine = null;
        return;
      } catch (ConstraintViolationException e) {
        e.getConstraintViolations()
            .forEach(
                v ->
                    problems.putIfAbsent(
                        rowField(Violations.field(v)), keyOf(v.getMessageTemplate())));
      } catch (BusinessException e) {
        problems.put(rowField(e.field()), e.messageKey());
        rowArguments.put(fairId, e.arguments());
      }
    }
    rowProblems.put(fairId, problems);
    FacesContext.getCurrentInstance().validationFailed();
    formErrors.error("organiser.row_not_added");
  }

  /** The message for one field of a fair's add-row form, or null when it is fine. */
  public String rowProblem(long fairId, String field) {
    String key = rowProblems.getOrDefault(fairId, Map.of()).get(field);
    return key == null
        ? null
        : Texts.get(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            key,
            rowArguments.getOrDefault(fairId, new Object[0]));
  }

  /** Rules about the row as a whole (it would overlap, leave the plan) are shown at its count. */
  private static String rowField(String field) {
    return field != null && List.of("prefix", "count", "y", "price").contains(field)
        ? field
        : "count";
  }

  private static String keyOf(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  private static String text(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  private static Integer wholeNumber(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? null
          : new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <T> T orElse(T value, T otherwise) {
    return value == null || (value instanceof String text && text.isBlank()) ? otherwise : value;
  }

  public void publish(long fairId) {
    act(() -> fairs.publish(currentUser.require(Role.MUNICIPALITY), fairId), "organiser.published");
  }

  public void approve(long bookingId) {
    act(
        () -> bookings.approve(currentUser.require(Role.MUNICIPALITY), bookingId),
        "organiser.approved");
  }

  public void reject(long bookingId) {
    act(
        () ->
            bookings.reject(
                currentUser.require(Role.MUNICIPALITY), bookingId, reasons.get(bookingId)),
        "organiser.rejected");
  }

  public void markPaid(long bookingId) {
    act(
        () -> bookings.markPaid(currentUser.require(Role.MUNICIPALITY), bookingId),
        "organiser.paid");
  }

  /**
   * The booking of this fair whose fee a "mark as paid" link asks about ({@code
   * ?confirm=fee-paid&booking=}), if any.
   */
  public StandBooking feeQuestion(long fairId) {
    if (feeAnswered) {
      return null;
    }
    return Pages.confirming("fee-paid", "booking")
        .flatMap(
            id ->
                bookingsOf(fairId).stream()
                    .filter(b -> b.getId() == id && b.getStatus() == BookingStatus.AWAITING_PAYMENT)
                    .findFirst())
        .orElse(null);
  }

  /** Yes to the question: the fee is recorded as received and the page shows the outcome. */
  public void answerFeePaid(long fairId) {
    StandBooking asked = feeQuestion(fairId);
    if (asked != null) {
      feeAnswered = true;
      markPaid(asked.getId());
    }
  }

  public void close(long fairId) {
    act(() -> fairs.close(currentUser.require(Role.MUNICIPALITY), fairId), "organiser.closed");
  }

  /**
   * The first press of "cancel the fair": with a reason given, the page asks once, saying what will
   * happen.
   */
  public void askCancel(long fairId) {
    String reason = cancelReasons.get(fairId);
    if (reason == null
        || reason.isBlank()
        || reason.strip().length() > FairCancellation.REASON_MAX) {
      formErrors.messageFor(
          fairField(fairId, "cancelReason"), "fair.cancel.reason", FairCancellation.REASON_MAX);
    } else {
      cancelAsked.add(fairId);
    }
  }

  /**
   * Whether the page is asking to confirm this fair's cancellation (asked now, or its answer is
   * being posted).
   */
  public boolean askingCancel(long fairId) {
    return !cancelAnswered
        && (cancelAsked.contains(fairId)
            || Pages.confirming("cancel-fair", "fair").filter(id -> id == fairId).isPresent());
  }

  /**
   * What a cancellation ends: the active bookings, the enterprises told, and the paid fees by how
   * they go back.
   */
  public record CancelOutcome(
      int bookings, long enterprises, BigDecimal backToCards, BigDecimal paidOtherwise) {}

  public CancelOutcome cancelOutcome(long fairId) {
    List<StandBooking> active =
        bookingsOf(fairId).stream()
            .filter(b -> BookingStatus.COUNTED.contains(b.getStatus()))
            .toList();
    List<StandBooking> paid =
        active.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED).toList();
    return new CancelOutcome(
        active.size(),
        active.stream().map(b -> b.getEnterprise().getId()).distinct().count(),
        paid.stream()
            .filter(StandBooking::isPaidByCard)
            .map(StandBooking::getFee)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        paid.stream()
            .filter(b -> !b.isPaidByCard())
            .map(StandBooking::getFee)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public void cancel(long fairId) {
    cancelAnswered = true;
    act(
        () ->
            cancellations.cancel(
                currentUser.require(Role.MUNICIPALITY), fairId, cancelReasons.get(fairId)),
        "organiser.cancelled",
        field -> fairField(fairId, "cancelReason"));
  }

  public void drawLottery(long fairId) {
    act(
        () -> lottery.draw(currentUser.require(Role.MUNICIPALITY), fairId),
        "organiser.lottery_drawn");
  }

  /** Social pricing: a lower fee, or none, with the reason kept beside the booking. */
  public void adjustFee(long bookingId) {
    try {
      String typed = fees.get(bookingId);
      BigDecimal fee =
          typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace(',', '.'));
      act(
          () ->
              bookings.adjustFee(
                  currentUser.require(Role.MUNICIPALITY),
                  bookingId,
                  fee,
                  feeReasons.get(bookingId)),
          "organiser.fee_changed",
          field -> bookingField(bookingId, "fee".equals(field) ? "fee" : "feeReason"));
    } catch (NumberFormatException e) {
      formErrors.messageFor(bookingField(bookingId, "fee"), "stand.price.invalid");
    }
  }

  /**
   * Whether the fair's published lottery can be drawn now: applications, window closed, not drawn
   * yet.
   */
  public boolean canDraw(Fair fair) {
    return fair.getBookingMode() == BookingMode.APPLICATION
        && (fair.getStatus() == FairStatus.PUBLISHED || fair.getStatus() == FairStatus.CLOSED)
        && !Instant.now().isBefore(fair.getBookingClosesAt())
        && lottery.of(fair.getId()).isEmpty();
  }

  /** The municipality, with the Stripe account that receives its stand fees. */
  public Municipality getMunicipality() {
    if (municipality == null) {
      municipality = fairs.municipalityOf(currentUser.require(Role.MUNICIPALITY));
    }
    return municipality;
  }

  public boolean isStripeAvailable() {
    return payments.isAvailable(PaymentMethod.STRIPE);
  }

  /** Sends the staff member to Stripe's onboarding pages for the municipality's account. */
  public void connectStripe() {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              stripeConnect.onboardMunicipality(currentUser.require(Role.MUNICIPALITY)).toString());
    } catch (BusinessException e) {
      formErrors.show("stripe", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Back from Stripe ({@code ?stripe=1}): ask how the account stands. */
  public void load() {
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("stripe")) {
      stripeConnect.refreshMunicipality(currentUser.require(Role.MUNICIPALITY));
    }
  }

  private void act(Runnable action, String done) {
    act(action, done, null);
  }

  /**
   * Runs an organiser's action; a refusal about a field is shown next to it ({@code fieldId} gives
   * its client id).
   */
  private void act(Runnable action, String done, UnaryOperator<String> fieldId) {
    try {
      action.run();
      formErrors.info(done);
      mine = null;
      bookingsByFair.clear();
    } catch (BusinessException e) {
      if (fieldId != null && e.field() != null) {
        formErrors.messageFor(fieldId.apply(e.field()), e.messageKey(), e.arguments());
      } else {
        formErrors.show("fairs", e);
      }
    } catch (ConstraintViolationException e) {
      if (fieldId != null) {
        e.getConstraintViolations().stream()
            .findFirst()
            .ifPresent(
                v ->
                    formErrors.messageFor(
                        fieldId.apply(Violations.field(v)), keyOf(v.getMessageTemplate())));
      } else {
        formErrors.show("fairs", e);
      }
    }
  }

  /** The client id of a field in one fair's panel (the panels repeat, one per fair). */
  private String fairField(long fairId, String field) {
    return "fairs:fair:"
        + getMine().stream().map(Fair::getId).toList().indexOf(fairId)
        + ":"
        + field;
  }

  /** The client id of a field in one booking's row of its fair's table. */
  private String bookingField(long bookingId, String field) {
    List<Fair> fairs = getMine();
    for (int f = 0; f < fairs.size(); f++) {
      List<Long> ids = bookingsOf(fairs.get(f).getId()).stream().map(StandBooking::getId).toList();
      if (ids.contains(bookingId)) {
        return "fairs:fair:" + f + ":bookings:" + ids.indexOf(bookingId) + ":" + field;
      }
    }
    return null;
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
