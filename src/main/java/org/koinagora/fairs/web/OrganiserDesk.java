package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandCoExhibitor;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.validation.Violations;
import org.koinagora.shared.web.FormErrors;

/**
 * What the beans of /dashboard/municipality share in one request: the organiser's fairs and their
 * bookings, read once, and how an action on them reports its outcome next to the right field.
 */
@RequestScoped
public class OrganiserDesk {

  @Inject private FairService fairs;
  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private List<Fair> mine;
  private final Map<Long, List<StandBooking>> bookingsByFair = new HashMap<>();

  public SignedInUser staff() {
    return currentUser.require(Role.MUNICIPALITY);
  }

  public List<Fair> mine() {
    if (mine == null) {
      mine = fairs.ofOrganiser(staff());
    }
    return mine;
  }

  public List<StandBooking> bookingsOf(long fairId) {
    return bookingsByFair.computeIfAbsent(fairId, id -> bookings.ofFair(currentUser.require(), id));
  }

  /** Something changed: the page reads the fairs and bookings again. */
  public void changed() {
    mine = null;
    bookingsByFair.clear();
  }

  public void act(Runnable action, String done) {
    act(action, done, null);
  }

  /**
   * Runs an organiser's action; a refusal about a field is shown next to it ({@code fieldId} gives
   * its client id).
   */
  public void act(Runnable action, String done, UnaryOperator<String> fieldId) {
    try {
      action.run();
      formErrors.info(done);
      changed();
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
  public String fairField(long fairId, String field) {
    return "fairs:fair:" + mine().stream().map(Fair::getId).toList().indexOf(fairId) + ":" + field;
  }

  /** The client id of a field in one booking's row of its fair's table. */
  public String bookingField(long bookingId, String field) {
    List<Fair> fairs = mine();
    for (int f = 0; f < fairs.size(); f++) {
      List<Long> ids = bookingsOf(fairs.get(f).getId()).stream().map(StandBooking::getId).toList();
      if (ids.contains(bookingId)) {
        return "fairs:fair:" + f + ":bookings:" + ids.indexOf(bookingId) + ":" + field;
      }
    }
    return null;
  }

  /** The client id of a field in the row of an enterprise sharing a booked stand. */
  public String coExhibitorField(long coExhibitorId, String field) {
    for (Fair fair : mine()) {
      for (StandBooking booking : bookingsOf(fair.getId())) {
        List<Long> ids = booking.getSharing().stream().map(StandCoExhibitor::getId).toList();
        if (ids.contains(coExhibitorId)) {
          return bookingField(
              booking.getId(), "sharing:" + ids.indexOf(coExhibitorId) + ":" + field);
        }
      }
    }
    return null;
  }

  /** The message key of a constraint's template, {@code {key}}. */
  static String keyOf(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }
}
