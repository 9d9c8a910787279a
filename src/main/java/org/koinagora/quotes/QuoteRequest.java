package org.koinagora.quotes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.koinagora.catalog.Listing;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A buyer's request for a quote: what, where, when, how much, an optional budget, and who asks (a
 * person, a business or a public body with its ΑΦΜ and ΔΟΥ). It goes to one to five enterprises,
 * each answering in its own thread.
 */
@Entity
@Table(name = "quote_request")
public class QuoteRequest extends VersionedEntity {

  public static final int NAME_MAX = 120;
  public static final int DESCRIPTION_MAX = 5000;
  public static final int SHORT_MAX = 120;
  public static final int ADDRESS_MAX = 300;
  public static final int DOY_MAX = 100;
  public static final int REFERENCE_MAX = 60;
  public static final int ENTERPRISES_MAX = 5;

  @Column(nullable = false, length = 12)
  private String reference;

  @Column(name = "buyer_id")
  private Long buyerId;

  @Column(nullable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_kind", nullable = false, length = 12)
  private BuyerKind buyerKind;

  @Column(name = "buyer_name", nullable = false, length = NAME_MAX)
  private String buyerName;

  @Column(length = 9)
  private String afm;

  @Column(length = DOY_MAX)
  private String doy;

  @Column(length = ADDRESS_MAX)
  private String address;

  @Column(name = "buyer_reference", length = REFERENCE_MAX)
  private String buyerReference;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String description;

  @Column(nullable = false, length = SHORT_MAX)
  private String place;

  @Column(nullable = false, length = SHORT_MAX)
  private String period;

  @Column(nullable = false, length = SHORT_MAX)
  private String amount;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "budget", precision = 12, scale = 2))
  private Money budget;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "listing_id")
  private Listing listing;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "accepted_quote_id")
  private Long acceptedQuoteId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<QuoteThread> threads = new ArrayList<>();

  protected QuoteRequest() {}

  QuoteRequest(
      String reference,
      Long buyerId,
      String email,
      QuoteQuestion question,
      Listing listing,
      String language,
      Instant now) {
    this.reference = reference;
    this.buyerId = buyerId;
    this.email = email.strip();
    this.buyerKind = question.buyerKind();
    this.buyerName = question.buyerName().strip();
    this.afm = blankToNull(question.afm());
    this.doy = blankToNull(question.doy());
    this.address = blankToNull(question.address());
    this.buyerReference = blankToNull(question.buyerReference());
    this.description = question.description().strip();
    this.place = question.where().strip();
    this.period = question.when().strip();
    this.amount = question.quantity().strip();
    this.budget = question.budget() == null ? null : Money.euros(question.budget());
    this.listing = listing;
    this.language = language;
    this.createdAt = now;
  }

  QuoteThread openThread(Enterprise enterprise, Instant now) {
    var thread = new QuoteThread(this, enterprise, now);
    threads.add(thread);
    return thread;
  }

  /** The buyer: by account, or — a guest's request — by the address they gave, once signed in. */
  public boolean isBuyer(long userId, String userEmail) {
    return (buyerId != null && buyerId == userId)
        || (buyerId == null && userEmail != null && email.equalsIgnoreCase(userEmail));
  }

  public Optional<QuoteThread> threadOf(long enterpriseId) {
    return threads.stream().filter(t -> t.getEnterprise().getId() == enterpriseId).findFirst();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getReference() {
    return reference;
  }

  public Long getBuyerId() {
    return buyerId;
  }

  public String getEmail() {
    return email;
  }

  public BuyerKind getBuyerKind() {
    return buyerKind;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public String getAfm() {
    return afm;
  }

  public String getDoy() {
    return doy;
  }

  public String getAddress() {
    return address;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public String getDescription() {
    return description;
  }

  public String getPlace() {
    return place;
  }

  public String getPeriod() {
    return period;
  }

  public String getAmount() {
    return amount;
  }

  public Money getBudget() {
    return budget;
  }

  public Listing getListing() {
    return listing;
  }

  public String getLanguage() {
    return language;
  }

  public Long getAcceptedQuoteId() {
    return acceptedQuoteId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<QuoteThread> getThreads() {
    return threads;
  }
}
