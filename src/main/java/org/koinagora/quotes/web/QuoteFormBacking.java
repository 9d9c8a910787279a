package org.koinagora.quotes.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.catalog.Listing;
import org.koinagora.enterprises.Region;
import org.koinagora.quotes.BuyerKind;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteQuestion;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentParts;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /quotes/new: the request for a quote, about one service ({@code ?listing=}) or to the enterprises
 * of a category and region. A signed-in buyer goes on to the request's page; a guest is told to
 * follow it by signing in with the address given.
 */
@Named
@RequestScoped
public class QuoteFormBacking {

  /** The service's fields by the names the service gives them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "buyer.kind", "buyerKind",
          "buyer.name", "buyerName",
          "buyer.afm", "afm",
          "buyer.doy", "doy",
          "buyer.address", "address",
          "buyer.reference", "buyerReference",
          "enterpriseIds", "category",
          "listingId", "description");

  @Inject private QuoteDesk desk;
  @Inject private Catalog catalog;
  @Inject private Categories categories;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;
  @Inject private HttpServletRequest request;

  private Listing listing;
  private String category;
  private Region region;
  private String description;
  private String where;
  private String when;
  private String quantity;
  private String budget;
  private BuyerKind buyerKind;
  private String buyerName;
  private String afm;
  private String doy;
  private String address;
  private String buyerReference;
  private String email;
  private transient List<Part> files;

  @PostConstruct
  void prefill() {
    listing =
        Pages.id("listing").flatMap(catalog::publicListing).filter(Listing::isQuoted).orElse(null);
    if (currentUser.isSignedIn() && buyerName == null) {
      buyerName = currentUser.getName();
    }
  }

  /** A listing named that is not a public QUOTE service: 404. */
  public void load() {
    if (Pages.parameter("listing") != null && listing == null) {
      Pages.sendError(404);
    }
  }

  public void ask() {
    BigDecimal amount = null;
    if (!TypedNumbers.isBlank(budget)) {
      amount = TypedNumbers.read(budget, language.getLocale()).orElse(null);
      if (amount == null) {
        formErrors.fieldError("request", "budget", "quotes.budget.invalid");
        return;
      }
    }
    List<DocumentFile> documents;
    try {
      documents = DocumentParts.checked(files);
    } catch (BusinessException e) {
      formErrors.fieldError("request", "files", e.messageKey(), e.arguments());
      return;
    }
    var user = currentUser.get();
    try {
      var asked =
          desk.ask(
              user,
              new QuoteQuestion(
                  listing == null ? null : listing.getId(),
                  null,
                  listing == null ? Optional.ofNullable(category).orElse("") : null,
                  listing == null ? (region == null ? "" : region.name()) : null,
                  description,
                  where,
                  when,
                  quantity,
                  amount,
                  buyerKind,
                  buyerName,
                  afm,
                  doy,
                  address,
                  buyerReference,
                  email),
              documents,
              language.getLocale(),
              ClientAddress.of(request));
      if (user.isPresent()) {
        formErrors.info("quotes.sent");
        Pages.redirect("/quotes/" + asked.getId());
      } else {
        Pages.redirect("/quotes/new?sent=" + asked.getReference());
      }
    } catch (BusinessException e) {
      formErrors.show("request", e, FIELDS);
    }
  }

  /** The reference of a guest's request just sent (shown with what happens next). */
  public String getSent() {
    String sent = Pages.parameter("sent");
    return sent != null && sent.matches("Q-[A-Z0-9]{8}") ? sent : null;
  }

  /** The categories of services, by path. */
  public List<Category> getServiceCategories() {
    return categories.byPath("services").map(categories::childrenOf).orElse(List.of());
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public BuyerKind[] getBuyerKinds() {
    return BuyerKind.values();
  }

  public Listing getListing() {
    return listing;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getWhere() {
    return where;
  }

  public void setWhere(String where) {
    this.where = where;
  }

  public String getWhen() {
    return when;
  }

  public void setWhen(String when) {
    this.when = when;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public BuyerKind getBuyerKind() {
    return buyerKind;
  }

  public void setBuyerKind(BuyerKind buyerKind) {
    this.buyerKind = buyerKind;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String buyerName) {
    this.buyerName = buyerName;
  }

  public String getAfm() {
    return afm;
  }

  public void setAfm(String afm) {
    this.afm = afm;
  }

  public String getDoy() {
    return doy;
  }

  public void setDoy(String doy) {
    this.doy = doy;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public void setBuyerReference(String buyerReference) {
    this.buyerReference = buyerReference;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
