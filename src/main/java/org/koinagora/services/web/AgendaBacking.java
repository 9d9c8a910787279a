package org.koinagora.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.Bookings;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.SalesService;
import org.koinagora.services.SlotTime;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/agenda?day=: an enterprise's booked sessions of one day, with who comes and how many;
 * a booking called off from here ({@code confirm=cancelled&part=}) is refunded in full.
 */
@Named
@RequestScoped
public class AgendaBacking {

  @Inject private Bookings bookings;
  @Inject private SalesService sales;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private LocalDate day;
  private List<OrderLine> lines;
  private boolean answered;

  public void load() {
    try {
      getLines();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    }
  }

  public LocalDate getDay() {
    if (day == null) {
      String asked = Pages.parameter("day");
      try {
        day = asked == null ? LocalDate.now(SlotTime.ATHENS) : LocalDate.parse(asked);
      } catch (DateTimeParseException e) {
        day = LocalDate.now(SlotTime.ATHENS);
      }
    }
    return day;
  }

  public String getDayName() {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()).format(getDay());
  }

  public String getPrevious() {
    return getDay().minusDays(1).toString();
  }

  public String getNext() {
    return getDay().plusDays(1).toString();
  }

  public List<OrderLine> getLines() {
    if (lines == null) {
      lines = bookings.agenda(currentUser.require(), Pages.id("enterprise").orElse(null), getDay());
    }
    return lines;
  }

  /** The booking a "cancel" link asks about, if any. */
  public OrderLine getQuestion() {
    if (answered) {
      return null;
    }
    Optional<Long> part = Pages.confirming("cancelled", "part");
    return part.flatMap(
            id -> getLines().stream().filter(line -> line.getPart().getId().equals(id)).findFirst())
        .orElse(null);
  }

  public void cancel() {
    OrderLine question = getQuestion();
    if (question == null) {
      return;
    }
    try {
      sales.move(currentUser.require(), question.getPart().getId(), SalesService.Step.CANCELLED);
      formErrors.info("agenda.cancelled", question.getPart().getOrder().getBuyerName());
      answered = true;
      lines = null;
    } catch (BusinessException e) {
      formErrors.show("agenda", e);
    }
  }
}
