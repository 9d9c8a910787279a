package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingKind;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.PageCache;
import org.koinagora.shared.web.Pages;

/** /products/{id}: one public product or service. */
@Named
@RequestScoped
public class ProductPageBacking {

  /** At or below this many left, the page says how many. */
  private static final int FEW_LEFT = 5;

  @Inject private Catalog catalog;
  @Inject private Links links;

  private Long id;
  private Listing listing;

  public void load() {
    listing = id == null ? null : catalog.publicListing(id).orElse(null);
    if (listing == null) {
      Pages.sendError(404);
      return;
    }
    PageCache.dependsOn(
        PageCache.listingTag(id), PageCache.enterpriseTag(listing.getEnterprise().getId()));
  }

  /**
   * What the add-to-cart form refused (it comes back with {@code problem=} and {@code n=}), or
   * null.
   */
  public String getCartProblem() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String problem = parameters.get("problem");
    if (problem == null || !problem.matches("cart\\.[a-z_.]{1,40}")) {
      return null;
    }
    String n = parameters.get("n");
    return Texts.get(locale(), problem, n == null || !n.matches("\\d{1,6}") ? "" : n);
  }

  /** The title as the subject of a mailto link (spaces and all encoded, as a URL must be). */
  public String getAskSubject() {
    return URLEncoder.encode(getTitle(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  public String getTitle() {
    return listing.title(locale());
  }

  public String getDescription() {
    return listing.description(locale());
  }

  public String getImpact() {
    return listing.getEnterprise().impact(locale());
  }

  public boolean isFewLeft() {
    return listing.getStock() != null && listing.getStock() > 0 && listing.getStock() <= FEW_LEFT;
  }

  /** The product's shipping weight, "750 g" or from 1000 g in kilograms ("1,5 kg"); or null. */
  public String getWeight() {
    Integer grams = listing.getKind() == ListingKind.PRODUCT ? listing.getWeightGrams() : null;
    if (grams == null) {
      return null;
    }
    return grams < 1000
        ? Texts.get(locale(), "product.weight", grams)
        : Texts.get(locale(), "product.weight_kg", BigDecimal.valueOf(grams, 3));
  }

  public String getJsonLd() {
    return StructuredData.product(listing, locale(), links.to(""));
  }

  public String getCanonicalUrl() {
    return links.to("/products/" + listing.getId());
  }

  public Listing getListing() {
    return listing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
