package org.koinagora.catalog.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Prices;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.shared.i18n.Numbers;
import org.koinagora.shared.web.BilingualInput;

/** The mutable form behind the listing page, as typed; turned into a {@link ListingDraft}. */
public class ListingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ListingKind kind = ListingKind.PRODUCT;
  private final BilingualInput title = new BilingualInput();
  private final BilingualInput description = new BilingualInput();
  private String price;
  private Integer vatRate = 13;
  private Unit unit = Unit.PIECE;
  private Integer stock;
  private Integer weightGrams;
  private String category;
  private Tag[] tags = new Tag[0];
  private ListingStatus status = ListingStatus.ACTIVE;
  private String organicBody;
  private String organicCertificate;

  void fill(ListingDraft draft, Locale locale) {
    kind = draft.kind();
    title.fill(draft.title());
    description.fill(draft.description());
    price = Numbers.plain(draft.price(), locale);
    vatRate = draft.vatRate();
    unit = draft.unit();
    stock = draft.stock();
    weightGrams = draft.weightGrams();
    category = draft.category();
    tags = draft.tags().toArray(new Tag[0]);
    status = draft.status();
    organicBody = draft.organicBody();
    organicCertificate = draft.organicCertificate();
  }

  /** The draft; a field error when the price is not a number as this language types one. */
  ListingDraft toDraft(Locale locale) {
    return new ListingDraft(
        kind,
        title.getEl(),
        title.getEn(),
        description.getEl(),
        description.getEn(),
        Prices.parse(price, locale),
        vatRate,
        unit,
        stock,
        category,
        tags.length == 0 ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(List.of(tags)),
        status,
        organicBody,
        organicCertificate,
        weightGrams);
  }

  public ListingKind getKind() {
    return kind;
  }

  public void setKind(ListingKind kind) {
    this.kind = kind;
  }

  public BilingualInput getTitle() {
    return title;
  }

  public BilingualInput getDescription() {
    return description;
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

  public Integer getWeightGrams() {
    return weightGrams;
  }

  public void setWeightGrams(Integer weightGrams) {
    this.weightGrams = weightGrams;
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

  public String getOrganicBody() {
    return organicBody;
  }

  public void setOrganicBody(String organicBody) {
    this.organicBody = organicBody;
  }

  public String getOrganicCertificate() {
    return organicCertificate;
  }

  public void setOrganicCertificate(String organicCertificate) {
    this.organicCertificate = organicCertificate;
  }
}
