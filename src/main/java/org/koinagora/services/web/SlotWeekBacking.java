package org.koinagora.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.koinagora.catalog.Listing;
import org.koinagora.services.Availability;
import org.koinagora.services.SlotStart;
import org.koinagora.services.SlotTime;
import org.koinagora.services.SlotView;
import org.koinagora.services.Slots;
import org.koinagora.shared.i18n.Texts;

/**
 * The week view of a slot service on its product page: seven days from a Monday ({@code ?week=}),
 * each with its sessions and the places left, and the weeks before and after while they hold any.
 */
@Named
@RequestScoped
public class SlotWeekBacking {

  /** One day of the week and its sessions. */
  public record Day(LocalDate date, List<SlotView> slots) {}

  @Inject private Slots slots;

  private Listing listing;
  private Availability availability;
  private LocalDate monday;
  private List<Day> days;

  /** Loads the week asked for (or the first that can be booked) of the listing. */
  public SlotWeekBacking of(Listing service) {
    if (listing != null) {
      return this;
    }
    listing = service;
    availability = slots.availability(service).orElse(null);
    if (availability == null) {
      days = List.of();
      return this;
    }
    Instant now = Instant.now();
    LocalDate first = mondayOf(now.plus(availability.notice()));
    monday =
        asked().filter(week -> !week.isBefore(first) && !week.isAfter(last(now))).orElse(first);
    Instant from = monday.atStartOfDay(SlotTime.ATHENS).toInstant();
    Instant to = monday.plusWeeks(1).atStartOfDay(SlotTime.ATHENS).toInstant();
    List<SlotView> week = slots.offered(service, from, to, now);
    days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate date = monday.plusDays(i);
      days.add(
          new Day(
              date,
              week.stream()
                  .filter(
                      slot ->
                          slot.time().start().atZone(SlotTime.ATHENS).toLocalDate().equals(date))
                  .toList()));
    }
    return this;
  }

  public boolean isBookable() {
    return availability != null;
  }

  public List<Day> getDays() {
    return days;
  }

  public boolean isEmptyWeek() {
    return days.stream().allMatch(day -> day.slots().isEmpty());
  }

  public Availability getAvailability() {
    return availability;
  }

  public String getWeek() {
    return monday.toString();
  }

  /** The Monday before, or null when that week has nothing left to book. */
  public String getPrevious() {
    LocalDate before = monday.minusWeeks(1);
    return before.plusDays(6).isBefore(mondayOf(Instant.now().plus(availability.notice())))
        ? null
        : before.toString();
  }

  public String getNext() {
    LocalDate after = monday.plusWeeks(1);
    return after.isAfter(last(Instant.now())) ? null : after.toString();
  }

  /** "14 – 20 Δεκεμβρίου 2026". */
  public String getTitle() {
    Locale locale = locale();
    return Texts.get(
        locale,
        "slots.week_of",
        java.time.format.DateTimeFormatter.ofPattern("d MMMM", locale).format(monday),
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
            .format(monday.plusDays(6)));
  }

  /** The session's start as the booking form sends it. */
  public String start(SlotView slot) {
    return SlotStart.format(slot.time().start());
  }

  /** "Δευτέρα 14 Δεκ". */
  public String dayName(LocalDate date) {
    return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMM", locale()).format(date);
  }

  /** What the booking form refused ({@code problem=}, {@code n=}), or null. */
  public String getProblem() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String problem = parameters.get("problem");
    if (problem == null || !problem.matches("slot\\.[a-z_]{1,30}")) {
      return null;
    }
    String n = parameters.get("n");
    return Texts.get(locale(), problem, n == null || !n.matches("\\d{1,6}") ? "" : n);
  }

  /** The number-of-people field's refusal ({@code problem=cart.quantity.invalid}), or null. */
  public String getPlacesProblem() {
    String problem =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("problem");
    return "cart.quantity.invalid".equals(problem)
        ? Texts.get(locale(), problem, String.valueOf(99))
        : null;
  }

  private Optional<LocalDate> asked() {
    String week =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("week");
    try {
      return week == null ? Optional.empty() : Optional.of(mondayOf(LocalDate.parse(week)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private LocalDate last(Instant now) {
    return mondayOf(now.plus(availability.horizon()));
  }

  private static LocalDate mondayOf(Instant instant) {
    return mondayOf(instant.atZone(SlotTime.ATHENS).toLocalDate());
  }

  private static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
