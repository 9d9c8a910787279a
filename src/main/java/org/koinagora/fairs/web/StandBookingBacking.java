package org.koinagora.fairs.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandRequest;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/book-stand?fair=&stand=: an enterprise member confirms booking (or applying for) a
 * stand.
 */
@Named
@ViewScoped
public class StandBookingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FairDirectory directory;
  @Inject private transient BookingService bookings;
  @Inject private transient EnterpriseService enterprises;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;
  @Inject private transient ExhibitCategories exhibited;

  private Long fairId;
  private Long standId;
  private Long enterpriseId;
  private Long categoryId;
  private String note;
  private Long bookingId;
  private String bookingStatus;

  public void load() {
    if (fairId == null
        || standId == null
        || directory.publicFair(fairId).isEmpty()
        || getStand() == null) {
      Pages.sendError(404);
    }
  }

  public Fair getFair() {
    return directory.publicFair(fairId).orElse(null);
  }

  public Stand getStand() {
    Fair fair = getFair();
    return fair == null
        ? null
        : fair.getStands().stream()
            .filter(stand -> stand.getId().equals(standId))
            .findFirst()
            .orElse(null);
  }

  public List<Enterprise> getMyEnterprises() {
    return enterprises.ofMember(currentUser.require().id()).stream()
        .filter(Enterprise::isPublic)
        .toList();
  }

  public void book() {
    try {
      List<Enterprise> mine = getMyEnterprises();
      Long chosen =
          enterpriseId != null ? enterpriseId : mine.size() == 1 ? mine.get(0).getId() : null;
      StandBooking booking =
          bookings.book(
              currentUser.require(),
              fairId,
              new StandRequest(chosen, standId, exhibited.defaultFor(categoryId), note));
      bookingId = booking.getId();
      bookingStatus = booking.getStatus().name();
      formErrors.info("book_stand.done." + bookingStatus, booking.getStand().getCode());
    } catch (BusinessException | ConstraintViolationException e) {
      formErrors.show("form", e, Map.of("categoryId", "category"));
    }
  }

  public Long getFairId() {
    return fairId;
  }

  public void setFairId(Long fairId) {
    this.fairId = fairId;
  }

  public Long getStandId() {
    return standId;
  }

  public void setStandId(Long standId) {
    this.standId = standId;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public Long getCategoryId() {
    return exhibited.defaultFor(categoryId);
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public String getBookingStatus() {
    return bookingStatus;
  }
}
