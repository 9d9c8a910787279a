package org.koinagora.services.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.koinagora.services.Availability;
import org.koinagora.services.AvailabilityDraft;
import org.koinagora.services.DatedException;
import org.koinagora.services.OpeningRule;
import org.koinagora.services.PricePer;
import org.koinagora.shared.InvalidInputException;

/**
 * The availability as the API reads and writes it; times {@code HH:mm}, dates ISO, weekdays 1
 * (Monday) to 7.
 */
public record AvailabilityJson(
    Integer durationMinutes,
    Integer capacity,
    String pricePer,
    Integer noticeHours,
    Integer horizonWeeks,
    List<Rule> rules,
    List<Exception> exceptions) {

  public record Rule(Integer weekday, String from, String to) {}

  /** A closed date ({@code closed: true}) or extra hours on it. */
  public record Exception(String date, Boolean closed, String from, String to) {}

  public static AvailabilityJson of(AvailabilityDraft draft) {
    return new AvailabilityJson(
        draft.durationMinutes(),
        draft.capacity(),
        draft.pricePer().name(),
        draft.noticeHours(),
        draft.horizonWeeks(),
        draft.rules().stream()
            .map(
                rule ->
                    new Rule(
                        rule.getWeekday(), rule.getOpens().toString(), rule.getCloses().toString()))
            .toList(),
        draft.exceptions().stream()
            .map(
                exception ->
                    exception.isClosed()
                        ? new Exception(exception.getDate().toString(), true, null, null)
                        : new Exception(
                            exception.getDate().toString(),
                            false,
                            exception.getOpens().toString(),
                            exception.getCloses().toString()))
            .toList());
  }

  /** The draft the body describes; 400 naming the field that cannot be read. */
  public static AvailabilityDraft draft(AvailabilityJson body) {
    if (body == null) {
      throw new InvalidInputException("durationMinutes", "availability.required");
    }
    List<OpeningRule> rules = new ArrayList<>();
    List<Rule> givenRules = body.rules() == null ? List.of() : body.rules();
    if (givenRules.size() > Availability.MAX_RULES) {
      throw new InvalidInputException("rules", "availability.too_many", Availability.MAX_RULES);
    }
    for (int i = 0; i < givenRules.size(); i++) {
      Rule rule = givenRules.get(i);
      String field = "rules[" + i + "]";
      if (rule == null || rule.weekday() == null) {
        throw new InvalidInputException(field + ".weekday", "availability.required");
      }
      rules.add(
          new OpeningRule(
              rule.weekday(), time(rule.from(), field + ".from"), time(rule.to(), field + ".to")));
    }
    List<DatedException> exceptions = new ArrayList<>();
    List<Exception> givenExceptions = body.exceptions() == null ? List.of() : body.exceptions();
    if (givenExceptions.size() > Availability.MAX_EXCEPTIONS) {
      throw new InvalidInputException(
          "exceptions", "availability.too_many", Availability.MAX_EXCEPTIONS);
    }
    for (int i = 0; i < givenExceptions.size(); i++) {
      Exception exception = givenExceptions.get(i);
      String field = "exceptions[" + i + "]";
      if (exception == null) {
        throw new InvalidInputException(field + ".date", "availability.required");
      }
      LocalDate date = date(exception.date(), field + ".date");
      exceptions.add(
          Boolean.TRUE.equals(exception.closed())
                  || (exception.from() == null && exception.to() == null)
              ? DatedException.closed(date)
              : DatedException.extra(
                  date,
                  time(exception.from(), field + ".from"),
                  time(exception.to(), field + ".to")));
    }
    return new AvailabilityDraft(
        required(body.durationMinutes(), "durationMinutes"),
        required(body.capacity(), "capacity"),
        pricePer(body.pricePer()),
        body.noticeHours() == null ? Availability.DEFAULT_NOTICE_HOURS : body.noticeHours(),
        body.horizonWeeks() == null ? Availability.DEFAULT_HORIZON_WEEKS : body.horizonWeeks(),
        rules,
        exceptions);
  }

  private static int required(Integer value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "availability.required");
    }
    return value;
  }

  private static PricePer pricePer(String text) {
    if (text == null || text.isBlank()) {
      return PricePer.PERSON;
    }
    try {
      return PricePer.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pricePer", "availability.price_per.required");
    }
  }

  private static LocalTime time(String text, String field) {
    try {
      return LocalTime.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "availability.time");
    }
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "availability.date");
    }
  }
}
