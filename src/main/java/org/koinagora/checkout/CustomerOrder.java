package org.koinagora.checkout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.Fair;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A buyer's order: one part per enterprise, paid once, fulfilled by each enterprise for its part.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(
    name = "CustomerOrder.findByBuyer",
    query = "SELECT o FROM CustomerOrder o WHERE o.buyerId = :buyer ORDER BY o.createdAt DESC")
@NamedQuery(
    name = "CustomerOrder.findByReference",
    query = "SELECT o FROM CustomerOrder o WHERE o.reference = :reference")
@NamedQuery(
    name = "CustomerOrder.findExpired",
    query =
        "SELECT o.id FROM CustomerOrder o WHERE o.status ="
            + " org.koinagora.checkout.OrderStatus.PENDING_PAYMENT AND o.expiresAt < :now")
public class CustomerOrder extends VersionedEntity {

  /** Unguessable: a guest's link to the order. */
  @Column(nullable = false, length = 43)
  private String reference;

  @Column(name = "buyer_id")
  private Long buyerId;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "buyer_name", nullable = false, length = 120)
  private String buyerName;

  @Column(length = 30)
  private String phone;

  @Column(nullable = false, length = 2)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method", nullable = false, length = 16)
  private PaymentMethod paymentMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "manual_kind", length = 20)
  private ManualKind manualKind;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "total", nullable = false, precision = 12, scale = 2))
  private Money total = Money.ZERO;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "vat_total", nullable = false, precision = 12, scale = 2))
  private Money vatTotal = Money.ZERO;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "platform_fee", nullable = false, precision = 12, scale = 2))
  private Money platformFee = Money.ZERO;

  @Column(name = "delivery_street", length = 200)
  private String deliveryStreet;

  @Column(name = "delivery_postcode", length = 10)
  private String deliveryPostcode;

  @Column(name = "delivery_city", length = 100)
  private String deliveryCity;

  @Column(name = "expires_at")
  private Instant expiresAt;

  /** A public body's invoicing details and the reference of its decision (e.g. the ΑΔΑ). */
  @Column(name = "buyer_afm", length = 9)
  private String buyerAfm;

  @Column(name = "buyer_doy", length = 100)
  private String buyerDoy;

  @Column(name = "buyer_reference", length = 60)
  private String buyerReference;

  /** RECEIPT or INVOICE: what each enterprise issues for its part once paid. */
  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind", nullable = false, length = 8)
  private DocumentChoice.DocumentKind documentKind = DocumentChoice.DocumentKind.RECEIPT;

  /** An invoice's business: its name, activity and address (ΑΦΜ and ΔΟΥ above). */
  @Column(name = "buyer_business_name", length = 160)
  private String buyerBusinessName;

  @Column(name = "buyer_activity", length = 160)
  private String buyerActivity;

  @Column(name = "buyer_address", length = 300)
  private String buyerAddress;

  /** Paid on account (a public body): the day the transfer is due; the order never expires. */
  @Column(name = "payment_due_at")
  private Instant paymentDueAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "status_reason", length = 300)
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<OrderPart> parts = new ArrayList<>();

  protected CustomerOrder() {}

  CustomerOrder(
      String reference,
      Long buyerId,
      Contact contact,
      String language,
      PaymentMethod method,
      ManualKind manualKind,
      PaymentDeadlines deadlines,
      Instant now) {
    this.reference = reference;
    this.buyerId = buyerId;
    this.email = contact.email().strip();
    this.buyerName = contact.name().strip();
    this.phone =
        contact.phone() == null || contact.phone().isBlank() ? null : contact.phone().strip();
    this.language = language;
    this.paymentMethod = method;
    this.manualKind = method == PaymentMethod.MANUAL ? manualKind : null;
    this.status = OrderStatus.PENDING_PAYMENT;
    this.expiresAt = expiry(deadlines, now);
    this.createdAt = now;
    this.updatedAt = now;
  }

  OrderPart addPart(Enterprise enterprise, Fulfilment fulfilment, Fair fair, Instant now) {
    var part = new OrderPart(this, enterprise, fulfilment, fair, now);
    parts.add(part);
    return part;
  }

  /**
   * Unpaid, it gives its stock back: after the card page's time, or the days for a bank transfer;
   * an order paid on pickup waits for the pickup.
   */
  private Instant expiry(PaymentDeadlines deadlines, Instant now) {
    return switch (paymentMethod) {
      case STRIPE -> now.plus(deadlines.card());
      case MANUAL ->
          manualKind == ManualKind.BANK_TRANSFER ? now.plus(deadlines.bankTransfer()) : null;
    };
  }

  /**
   * A public body pays on account: by bank transfer within its payment terms, so the order does not
   * run out unpaid; its ΑΦΜ, ΔΟΥ and reference go on the order.
   */
  void onAccount(String afm, String doy, String reference, Instant dueAt) {
    buyerAfm = afm;
    buyerDoy = doy;
    buyerReference = reference;
    paymentDueAt = dueAt;
    expiresAt = null;
    documentKind = DocumentChoice.DocumentKind.INVOICE;
    buyerBusinessName = buyerName;
  }

  /** The buyer wants an invoice for this business (already checked). */
  void invoiceTo(DocumentChoice invoice) {
    documentKind = DocumentChoice.DocumentKind.INVOICE;
    buyerAfm = invoice.afm().strip();
    buyerDoy = invoice.doy().strip();
    buyerBusinessName = invoice.name().strip();
    buyerActivity = invoice.activity().strip();
    buyerAddress = invoice.address().strip();
  }

  /** Sent to this address; nobody is there to take the money of an order paid on pickup. */
  void deliverTo(Address address) {
    if (paysOnPickup()) {
      throw new InvalidInputException("manualKind", "order.on_pickup.delivery");
    }
    deliveryStreet = address.street().strip();
    deliveryPostcode = address.postcode().strip();
    deliveryCity = address.city().strip();
  }

  /** Totals from the lines, once they are all added. */
  void sumUp(BigDecimal feePercent) {
    total = parts.stream().map(OrderPart::getSubtotal).reduce(Money.ZERO, Money::plus);
    vatTotal = parts.stream().map(OrderPart::vat).reduce(Money.ZERO, Money::plus);
    platformFee =
        Money.rounded(
            total
                .decimal()
                .multiply(feePercent)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
  }

  /** What a payment did to the order. */
  enum PaymentOutcome {
    APPLIED,
    ALREADY_PAID,
    TOO_LATE
  }

  /**
   * Stripe says the order was paid (only ever from a verified webhook). A payment for an order that
   * was cancelled or ran out meanwhile is TOO_LATE: its stock is gone, the money goes back.
   */
  PaymentOutcome paidByStripe(Instant now) {
    if (paidAt != null) {
      return PaymentOutcome.ALREADY_PAID;
    }
    if (status != OrderStatus.PENDING_PAYMENT) {
      return PaymentOutcome.TOO_LATE;
    }
    paidAt = now;
    expiresAt = null;
    for (OrderPart part : parts) {
      part.paidByCard(now);
    }
    partsChanged(now);
    return PaymentOutcome.APPLIED;
  }

  /**
   * Unpaid past its time, or called off by the buyer before anything was handed over: every part
   * still open ends. Returns those parts (their stock goes back).
   */
  List<OrderPart> withdraw(String reason, Instant now) {
    if (parts.stream().anyMatch(part -> PartStatus.HANDED_OVER.contains(part.getStatus()))) {
      throw new ConflictException(null, "order.handed_over");
    }
    statusReason = reason;
    expiresAt = null;
    List<OrderPart> ended = openParts();
    ended.forEach(part -> part.withdraw(now));
    partsChanged(now);
    return ended;
  }

  /**
   * Whether the buyer may still call it off: it has not ended, nothing was handed over and no
   * booked slot is within its notice period.
   */
  public boolean isWithdrawable() {
    return status != OrderStatus.CANCELLED
        && status != OrderStatus.REFUNDED
        && parts.stream().noneMatch(part -> PartStatus.HANDED_OVER.contains(part.getStatus()))
        && bookingsCancellableAt(Instant.now());
  }

  /** No booked slot of an open part is within its notice period. */
  boolean bookingsCancellableAt(Instant now) {
    return openParts().stream()
        .flatMap(part -> part.getLines().stream())
        .allMatch(line -> line.cancellableAt(now));
  }

  /** What the buyer has paid so far, which a withdrawal gives back. */
  public Money getPaidAmount() {
    return parts.stream()
        .filter(OrderPart::isPaid)
        .map(OrderPart::getSubtotal)
        .reduce(Money.ZERO, Money::plus);
  }

  /** The parts neither cancelled nor refunded. */
  private List<OrderPart> openParts() {
    return parts.stream()
        .filter(
            part ->
                part.getStatus() != PartStatus.CANCELLED && part.getStatus() != PartStatus.REFUNDED)
        .toList();
  }

  /** The order's state follows its parts. */
  void partsChanged(Instant now) {
    updatedAt = now;
    List<OrderPart> open = openParts();
    if (open.isEmpty()) {
      status =
          parts.stream().anyMatch(part -> part.getStatus() == PartStatus.REFUNDED)
              ? OrderStatus.REFUNDED
              : OrderStatus.CANCELLED;
    } else if (open.stream().allMatch(part -> PartStatus.HANDED_OVER.contains(part.getStatus()))) {
      status = OrderStatus.FULFILLED;
    } else if (open.stream().allMatch(OrderPart::isPaid)) {
      status = OrderStatus.PAID;
      if (paidAt == null) {
        paidAt = now;
      }
      expiresAt = null;
    } else {
      status = OrderStatus.PENDING_PAYMENT;
    }
  }

  void claimBy(long userId) {
    buyerId = userId;
  }

  boolean paysOnPickup() {
    return paymentMethod == PaymentMethod.MANUAL && manualKind == ManualKind.ON_PICKUP;
  }

  public Optional<OrderPart> partOf(long enterpriseId) {
    return parts.stream().filter(part -> part.getEnterprise().getId() == enterpriseId).findFirst();
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

  public String getBuyerName() {
    return buyerName;
  }

  public String getPhone() {
    return phone;
  }

  public String getLanguage() {
    return language;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public ManualKind getManualKind() {
    return manualKind;
  }

  public Money getTotal() {
    return total;
  }

  public Money getVatTotal() {
    return vatTotal;
  }

  public Money getPlatformFee() {
    return platformFee;
  }

  public String getDeliveryStreet() {
    return deliveryStreet;
  }

  public String getDeliveryPostcode() {
    return deliveryPostcode;
  }

  public String getDeliveryCity() {
    return deliveryCity;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getBuyerAfm() {
    return buyerAfm;
  }

  public String getBuyerDoy() {
    return buyerDoy;
  }

  public String getBuyerReference() {
    return buyerReference;
  }

  public DocumentChoice.DocumentKind getDocumentKind() {
    return documentKind;
  }

  public String getBuyerBusinessName() {
    return buyerBusinessName;
  }

  public String getBuyerActivity() {
    return buyerActivity;
  }

  public String getBuyerAddress() {
    return buyerAddress;
  }

  public Instant getPaymentDueAt() {
    return paymentDueAt;
  }

  /** When an unpaid order must be paid: its expiry, or the due day of one paid on account. */
  public Instant payBy() {
    return expiresAt != null ? expiresAt : paymentDueAt;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<OrderPart> getParts() {
    return parts;
  }
}
