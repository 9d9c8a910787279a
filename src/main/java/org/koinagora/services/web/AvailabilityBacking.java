package org.koinagora.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingService;
import org.koinagora.services.AvailabilityDraft;
import org.koinagora.services.AvailabilityService;
import org.koinagora.services.rest.AvailabilityJson;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/availability?listing=: when a service can be booked by time — the session, its places
 * and price basis, the weekly hours and the dated exceptions.
 */
@Named
@ViewScoped
public class AvailabilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern ROW_FIELD =
      Pattern.compile("(rules|exceptions)\\[(\\d+)]\\.(weekday|from|to|date)");

  /** A weekly row of the form. */
  public static class RuleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer weekday = 1;
    private String from = "10:00";
    private String to = "14:00";

    public Integer getWeekday() {
      return weekday;
    }

    public void setWeekday(Integer weekday) {
      this.weekday = weekday;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }
  }

  /** A dated row: closed that day, or open the hours given. */
  public static class ExceptionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String date;
    private boolean closed = true;
    private String from;
    private String to;

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public boolean isClosed() {
      return closed;
    }

    public void setClosed(boolean closed) {
      this.closed = closed;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }
  }

  @Inject private AvailabilityService availability;
  @Inject private ListingService listings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private Long listing;
  private String title;
  private boolean bookable;
  private Integer durationMinutes;
  private Integer capacity;
  private String pricePer;
  private Integer noticeHours;
  private Integer horizonWeeks;
  private final List<RuleRow> rules = new ArrayList<>();
  private final List<ExceptionRow> exceptions = new ArrayList<>();

  public void load() {
    if (listing == null) {
      Pages.sendError(404);
      return;
    }
    try {
      Listing service = listings.owned(currentUser.require(), listing);
      title = service.getTitle().el();
      bookable = service.isBookedBySlot();
      var found = availability.of(currentUser.require(), listing);
      fill(found.map(a -> a.draft()).orElse(AvailabilityDraft.starting()));
      if (found.isEmpty()) {
        for (int weekday = 1; weekday <= 5; weekday++) {
          RuleRow row = new RuleRow();
          row.setWeekday(weekday);
          rules.add(row);
        }
      }
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  private void fill(AvailabilityDraft draft) {
    AvailabilityJson json = AvailabilityJson.of(draft);
    durationMinutes = json.durationMinutes();
    capacity = json.capacity();
    pricePer = json.pricePer();
    noticeHours = json.noticeHours();
    horizonWeeks = json.horizonWeeks();
    rules.clear();
    json.rules()
        .forEach(
            rule -> {
              RuleRow row = new RuleRow();
              row.setWeekday(rule.weekday());
              row.setFrom(rule.from());
              row.setTo(rule.to());
              rules.add(row);
            });
    exceptions.clear();
    json.exceptions()
        .forEach(
            exception -> {
              ExceptionRow row = new ExceptionRow();
              row.setDate(exception.date());
              row.setClosed(Boolean.TRUE.equals(exception.closed()));
              row.setFrom(exception.from());
              row.setTo(exception.to());
              exceptions.add(row);
            });
  }

  public void save() {
    try {
      AvailabilityDraft draft = AvailabilityJson.draft(json());
      availability.set(currentUser.require(), listing, draft);
      bookable = true;
      formErrors.info("availability.saved");
      Pages.redirect("/dashboard/availability?listing=" + listing);
    } catch (InvalidInputException e) {
      Matcher row = ROW_FIELD.matcher(e.field() == null ? "" : e.field());
      if (row.matches()) {
        formErrors.messageFor(
            "availability:" + row.group(1) + ":" + row.group(2) + ":" + row.group(3),
            e.messageKey(),
            e.arguments());
      } else {
        formErrors.show("availability", e);
      }
    } catch (BusinessException e) {
      formErrors.show("availability", e);
    }
  }

  public void stop() {
    availability.stop(currentUser.require(), listing);
    formErrors.info("availability.stopped");
    Pages.redirect("/dashboard/availability?listing=" + listing);
  }

  public void addRule() {
    RuleRow row = new RuleRow();
    row.setWeekday(rules.isEmpty() ? 1 : Math.min(7, rules.get(rules.size() - 1).getWeekday() + 1));
    rules.add(row);
  }

  public void removeRule(int index) {
    if (index >= 0 && index < rules.size()) {
      rules.remove(index);
    }
  }

  public void addException() {
    exceptions.add(new ExceptionRow());
  }

  public void removeException(int index) {
    if (index >= 0 && index < exceptions.size()) {
      exceptions.remove(index);
    }
  }

  private AvailabilityJson json() {
    return new AvailabilityJson(
        durationMinutes,
        capacity,
        pricePer,
        noticeHours,
        horizonWeeks,
        rules.stream()
            .map(row -> new AvailabilityJson.Rule(row.getWeekday(), row.getFrom(), row.getTo()))
            .toList(),
        exceptions.stream()
            .map(
                row ->
                    new AvailabilityJson.Exception(
                        row.getDate(), row.isClosed(), row.getFrom(), row.getTo()))
            .toList());
  }

  public List<Integer> getWeekdays() {
    return List.of(1, 2, 3, 4, 5, 6, 7);
  }

  public Long getListing() {
    return listing;
  }

  public void setListing(Long listing) {
    this.listing = listing;
  }

  public String getTitle() {
    return title;
  }

  public boolean isBookable() {
    return bookable;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getPricePer() {
    return pricePer;
  }

  public void setPricePer(String pricePer) {
    this.pricePer = pricePer;
  }

  public Integer getNoticeHours() {
    return noticeHours;
  }

  public void setNoticeHours(Integer noticeHours) {
    this.noticeHours = noticeHours;
  }

  public Integer getHorizonWeeks() {
    return horizonWeeks;
  }

  public void setHorizonWeeks(Integer horizonWeeks) {
    this.horizonWeeks = horizonWeeks;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public List<ExceptionRow> getExceptions() {
    return exceptions;
  }
}
