package org.koinagora.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingImage;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.ServiceBooking;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.catalog.images.ImageProcessor;
import org.koinagora.catalog.images.ImageRejectedException;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /dashboard/listing-edit: creates a listing, or edits one of the user's, and its pictures. */
@Named
@ViewScoped
public class ListingEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ListingService listings;
  @Inject private EnterpriseService enterprises;
  @Inject private EnterpriseAccess access;
  @Inject private Categories categories;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private Long id;
  private Long enterpriseId;
  private final ListingForm form = new ListingForm();
  private ServiceBooking booking = ServiceBooking.NONE;
  private transient Part upload;

  public void load() {
    try {
      if (id == null) {
        if (enterpriseId != null) {
          access.on(currentUser.require(), enterpriseId);
        }
        return;
      }
      Listing listing = listings.owned(currentUser.require(), id);
      enterpriseId = listing.getEnterprise().getId();
      form.fill(listing.draft(), language.getLocale());
      booking = listing.getServiceBooking();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void save() {
    try {
      ListingDraft draft = form.toDraft(language.getLocale());
      if (id == null) {
        id = listings.create(currentUser.require(), enterpriseId, draft, booking).getId();
        formErrors.info("listing_edit.created");
        Pages.redirect("/dashboard/listing-edit?id=" + id);
      } else {
        listings.update(currentUser.require(), id, draft, booking);
        formErrors.info("listing_edit.saved");
        Pages.redirect("/dashboard/listings" + getListingsQuery());
      }
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("form", e);
    }
  }

  public void uploadImage() {
    if (upload == null || upload.getSize() == 0) {
      formErrors.error("image.empty");
      return;
    }
    try {
      if (upload.getSize() > ImageProcessor.MAX_BYTES) {
        throw new ImageRejectedException(413, "image.too_big");
      }
      byte[] bytes;
      try (var in = upload.getInputStream()) {
        bytes = in.readAllBytes();
      }
      listings.addImage(currentUser.require(), id, bytes);
      formErrors.info("listing_edit.image_added");
    } catch (BusinessException e) {
      formErrors.error(e.messageKey());
    } catch (IOException e) {
      formErrors.error("image.broken");
    }
  }

  public void removeImage(long imageId) {
    listings.removeImage(currentUser.require(), id, imageId);
  }

  public List<ListingImage> getImages() {
    return id == null ? List.of() : listings.owned(currentUser.require(), id).getImages();
  }

  /**
   * {@code ?enterprise=} for a support centre's staff acting under a delegation (their list of
   * listings is that enterprise's); empty for the enterprise's own members.
   */
  public String getListingsQuery() {
    if (enterpriseId == null
        || getMyEnterprises().stream().anyMatch(e -> e.getId().equals(enterpriseId))) {
      return "";
    }
    return "?enterprise=" + enterpriseId;
  }

  public List<Enterprise> getMyEnterprises() {
    return enterprises.ofMember(currentUser.require().id());
  }

  public List<Category> getCategories() {
    return categories.all().stream().filter(c -> c.getParent() != null).toList();
  }

  public ListingKind[] getKinds() {
    return ListingKind.values();
  }

  /** How a service is bought: agreed with the enterprise, or by a request for a quote. */
  /**
   * How a service may be bought from this form; booking by time is set up on its own page
   * (/dashboard/availability), so it is offered here only to keep it for a service that has it.
   */
  public ServiceBooking[] getBookings() {
    return booking == ServiceBooking.SLOTS
        ? new ServiceBooking[] {ServiceBooking.NONE, ServiceBooking.SLOTS, ServiceBooking.QUOTE}
        : new ServiceBooking[] {ServiceBooking.NONE, ServiceBooking.QUOTE};
  }

  public ServiceBooking getBooking() {
    return booking;
  }

  public void setBooking(ServiceBooking booking) {
    this.booking = booking == null ? ServiceBooking.NONE : booking;
  }

  public Unit[] getUnits() {
    return Unit.values();
  }

  public Tag[] getAllTags() {
    return Tag.values();
  }

  public ListingStatus[] getStatuses() {
    return new ListingStatus[] {ListingStatus.ACTIVE, ListingStatus.DRAFT};
  }

  public List<Integer> getVatRates() {
    return List.of(24, 13, 6, 0);
  }

  public boolean isNew() {
    return id == null;
  }

  public String getCategoryLabel(Category c) {
    return c.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public ListingForm getForm() {
    return form;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
