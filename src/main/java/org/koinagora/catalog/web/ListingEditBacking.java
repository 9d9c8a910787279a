package org.koinagora.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
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
import org.koinagora.catalog.Prices;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.catalog.images.ImageProcessor;
import org.koinagora.catalog.images.ImageRejectedException;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.i18n.Numbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /dashboard/listing-edit: creates a listing, or edits one of the user's, and its pictures. */
@Named
@ViewScoped
public class ListingEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ListingService listings;
  @Inject private EnterpriseService enterprises;
  @Inject private Categories categories;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private Long id;
  private Long enterpriseId;
  private ListingKind kind = ListingKind.PRODUCT;
  private String titleEl;
  private String titleEn;
  private String descriptionEl;
  private String descriptionEn;
  private String price;
  private Integer vatRate = 13;
  private Unit unit = Unit.PIECE;
  private Integer stock;
  private String category;
  private Tag[] tags = new Tag[0];
  private ListingStatus status = ListingStatus.ACTIVE;
  private transient Part upload;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      Listing listing = listings.owned(currentUser.require(), id);
      ListingDraft draft = listing.draft();
      enterpriseId = listing.getEnterprise().getId();
      kind = draft.kind();
      titleEl = draft.titleEl();
      titleEn = draft.titleEn();
      descriptionEl = draft.descriptionEl();
      descriptionEn = draft.descriptionEn();
      price = Numbers.plain(draft.price(), language.getLocale());
      vatRate = draft.vatRate();
      unit = draft.unit();
      stock = draft.stock();
      category = draft.category();
      tags = draft.tags().toArray(new Tag[0]);
      status = draft.status();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void save() {
    try {
      var draft =
          new ListingDraft(
              kind,
              titleEl,
              titleEn,
              descriptionEl,
              descriptionEn,
              Prices.parse(price),
              vatRate,
              unit,
              stock,
              category,
              tags.length == 0 ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(List.of(tags)),
              status);
      if (id == null) {
        id = listings.create(currentUser.require(), enterpriseId, draft).getId();
        formErrors.info("listing_edit.created");
        Pages.redirect("/dashboard/listing-edit?id=" + id);
      } else {
        listings.update(currentUser.require(), id, draft);
        formErrors.info("listing_edit.saved");
        Pages.redirect("/dashboard/listings");
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

  public List<Enterprise> getMyEnterprises() {
    return enterprises.ofMember(currentUser.require().id());
  }

  public List<Category> getCategories() {
    return categories.all().stream().filter(c -> c.getParent() != null).toList();
  }

  public ListingKind[] getKinds() {
    return ListingKind.values();
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
    return List.of(24, 13, 6);
  }

  public boolean isNew() {
    return id == null;
  }

  public String getCategoryLabel(Category c) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return c.getParent().name(locale) + " › " + c.name(locale);
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

  public ListingKind getKind() {
    return kind;
  }

  public void setKind(ListingKind kind) {
    this.kind = kind;
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

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public Integer getVatRate() {
    return vatRate;
  }

  public void setVatRate(Integer vatRate) {
    this.vatRate = vatRate;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public Integer getStock() {
    return stock;
  }

  public void setStock(Integer stock) {
    this.stock = stock;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public Tag[] getTags() {
    return tags.clone();
  }

  public void setTags(Tag[] tags) {
    this.tags = tags == null ? new Tag[0] : tags.clone();
  }

  public ListingStatus getStatus() {
    return status;
  }

  public void setStatus(ListingStatus status) {
    this.status = status;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
