package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingKind;
import org.koinagora.delivery.DeliveryQuote;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.enterprises.Afm;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Fair;
import org.koinagora.services.Availability;
import org.koinagora.services.ServiceSlot;
import org.koinagora.services.SlotStart;
import org.koinagora.services.Slots;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.SecureTokens;
import org.koinagora.shared.events.PublicContentChanged;
import org.koinagora.shared.i18n.Texts;

/**
 * Orders: placed with their stock taken atomically, cancelled by the buyer before anything was
 * handed over, and ended when unpaid too long — giving their stock back.
 */
@ApplicationScoped
public class OrderService {

  public static final int MAX_LINES = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Stock stock;
  @Inject private Payments payments;
  @Inject private PayoutAccounts payoutAccounts;
  @Inject private CardCheckouts cardCheckouts;
  @Inject private Validator validator;
  @Inject private Event<PublicContentChanged> changes;
  @Inject private OrderMails mails;
  @Inject private Slots slots;
  @Inject private Event<OrderEnded> orderEnded;
  @Inject private DeliveryService delivery;
  @Inject private Event<PartsSettled> settled;

  @Inject
  @ConfigProperty(name = "koinagora.orders.unpaid-minutes", defaultValue = "30")
  int unpaidMinutes;

  @Inject
  @ConfigProperty(name = "koinagora.orders.bank-transfer-days", defaultValue = "7")
  int bankTransferDays;

  @Inject
  @ConfigProperty(name = "koinagora.payments.platform-fee-percent", defaultValue = "0")
  BigDecimal platformFeePercent;

  @Inject
  @ConfigProperty(name = "koinagora.orders.public-body-payment-days", defaultValue = "60")
  int publicBodyPaymentDays;

  /**
   * Places the order: prices and VAT from the listings, each enterprise's part with its way of
   * fulfilment, and the stock of every line taken — all of it or, when something ran out, none
   * (409).
   */
  @Transactional
  public CustomerOrder place(Optional<SignedInUser> buyer, OrderRequest request) {
    if (request == null || request.lines() == null || request.lines().isEmpty()) {
      throw new InvalidInputException("lines", "order.lines.empty");
    }
    if (request.lines().size() > MAX_LINES) {
      throw new InvalidInputException("lines", "order.lines.too_many", MAX_LINES);
    }
    validate(request.contact());
    PaymentMethod method = request.payment() == null ? PaymentMethod.MANUAL : request.payment();
    ManualKind manualKind =
        request.manualKind() == null ? ManualKind.BANK_TRANSFER : request.manualKind();
    Wanted wanted = wanted(request.lines());
    Map<Enterprise, List<Listing>> byEnterprise = new LinkedHashMap<>();
    for (Long listingId : wanted.products().keySet()) {
      Listing listing = em.find(Listing.class, listingId);
      if (listing == null || !listing.isPublic()) {
        throw new InvalidInputException("lines", "order.listing.unavailable", listingId);
      }
      if (listing.getKind() != ListingKind.PRODUCT) {
        throw new InvalidInputException(
            listing.isBookedBySlot()
                ? "lines[" + wanted.index(listingId) + "].slot.start"
                : "lines",
            listing.isBookedBySlot() ? "slot.required" : "order.listing.service",
            listing.getTitle().el());
      }
      byEnterprise.computeIfAbsent(listing.getEnterprise(), e -> new ArrayList<>()).add(listing);
    }
    Map<Enterprise, List<Booking>> bookingsOf = new LinkedHashMap<>();
    for (Booking booking : wanted.bookings()) {
      Listing listing = em.find(Listing.class, booking.listingId());
      if (listing == null || !listing.isPublic()) {
        throw new InvalidInputException("lines", "order.listing.unavailable", booking.listingId());
      }
      if (!listing.isBookedBySlot()) {
        throw new InvalidInputException(booking.field(), "slot.not_bookable");
      }
      byEnterprise.computeIfAbsent(listing.getEnterprise(), e -> new ArrayList<>());
      bookingsOf.computeIfAbsent(listing.getEnterprise(), e -> new ArrayList<>()).add(booking);
    }
    if (!payments.isAvailable(method)) {
      throw new InvalidInputException("payment", "order.payment.unavailable");
    }
    if (method == PaymentMethod.STRIPE
        && byEnterprise.keySet().stream()
            .anyMatch(e -> !payoutAccounts.sellerTakesCards(e.getId()))) {
      throw new ConflictException("payment", "order.payment.card_not_everywhere");
    }

    Instant now = Instant.now();
    var order =
        new CustomerOrder(
            SecureTokens.newToken(),
            buyer.map(SignedInUser::id).orElse(null),
            request.contact(),
            request.language() == null || !request.language().equals("en") ? "el" : "en",
            method,
            manualKind,
            new PaymentDeadlines(
                Duration.ofMinutes(unpaidMinutes), Duration.ofDays(bankTransferDays)),
            now);
    boolean delivers = false;
    Map<Enterprise, OrderPart> partOf = new LinkedHashMap<>();
    for (var entry : byEnterprise.entrySet()) {
      Enterprise enterprise = entry.getKey();
      OrderRequest.Choice choice =
          request.fulfilments() != null && request.fulfilments().containsKey(enterprise.getId())
              ? request.fulfilments().get(enterprise.getId())
              : request.fulfilment();
      Fulfilment how =
          entry.getValue().isEmpty()
              ? Fulfilment.SERVICE
              : choice == null || choice.method() == null || choice.method() == Fulfilment.SERVICE
                  ? Fulfilment.PICKUP_AT_ENTERPRISE
                  : choice.method();
      Fair fair =
          how == Fulfilment.PICKUP_AT_FAIR
              ? fairWhereExhibiting(enterprise, choice.fairId(), now)
              : null;
      delivers |= how == Fulfilment.DELIVERY;
      OrderPart part = order.addPart(enterprise, how, fair, now);
      for (Listing listing : entry.getValue()) {
        part.add(listing, listing.getTitle().el(), wanted.products().get(listing.getId()));
      }
      partOf.put(enterprise, part);
    }
    if (request.document() != null && request.document().isInvoice()) {
      order.invoiceTo(checkedInvoice(request.document()));
    }
    partOf.values().forEach(this::checkMinimum);
    if (delivers) {
      if (request.address() == null) {
        throw new InvalidInputException("address.street", "order.street.required");
      }
      validate(request.address());
      order.deliverTo(request.address());
      for (OrderPart part : partOf.values()) {
        if (part.getFulfilment() == Fulfilment.DELIVERY) {
          chargeDelivery(part, request.address().postcode(), order.getLanguage());
        }
      }
    }

    // in id order, so two orders never wait for each other's rows in opposite order; first, because
    // the lines' foreign keys take shared locks on the same rows, which must not come before ours
    for (var line : new TreeMap<>(wanted.products()).entrySet()) {
      if (!stock.take(line.getKey(), line.getValue())) {
        Listing listing = em.find(Listing.class, line.getKey());
        throw new ConflictException("lines", "order.out_of_stock", listing.getTitle().el());
      }
    }
    // slots likewise, in listing and start order, after the stock
    bookingsOf.values().stream()
        .flatMap(List::stream)
        .sorted(Comparator.comparing(Booking::listingId).thenComparing(Booking::start))
        .forEach(booking -> book(booking, partOf, now));
    order.sumUp(platformFeePercent);
    em.persist(order);
    em.flush();
    stockChanged(order.getParts());
    mails.placed(order);
    return order;
  }

  /**
   * The order of an accepted quote: one part, the enterprise's, with the quote's lines (no listing,
   * no stock), in the caller's transaction. A public body pays on account by bank transfer within
   * {@code koinagora.orders.public-body-payment-days}, and its order never runs out unpaid.
   */
  @Transactional
  public CustomerOrder placeQuoted(QuotedOrder quoted) {
    boolean onAccount = quoted.onAccount() != null;
    PaymentMethod method =
        onAccount || quoted.payment() == null ? PaymentMethod.MANUAL : quoted.payment();
    ManualKind manualKind =
        onAccount || quoted.manualKind() == null ? ManualKind.BANK_TRANSFER : quoted.manualKind();
    validate(quoted.contact());
    if (!payments.isAvailable(method)) {
      throw new InvalidInputException("payment", "order.payment.unavailable");
    }
    if (method == PaymentMethod.STRIPE
        && !payoutAccounts.sellerTakesCards(quoted.enterprise().getId())) {
      throw new ConflictException("payment", "order.payment.card_not_everywhere");
    }
    Instant now = Instant.now();
    var order =
        new CustomerOrder(
            SecureTokens.newToken(),
            quoted.buyerId(),
            quoted.contact(),
            "en".equals(quoted.language()) ? "en" : "el",
            method,
            manualKind,
            new PaymentDeadlines(
                Duration.ofMinutes(unpaidMinutes), Duration.ofDays(bankTransferDays)),
            now);
    OrderPart part = order.addPart(quoted.enterprise(), Fulfilment.SERVICE, null, now);
    for (QuotedOrder.Line line : quoted.lines()) {
      part.addQuoted(
          line.description(), line.quantity(), line.unit(), line.unitPrice(), line.vatRate());
    }
    if (onAccount) {
      order.onAccount(
          quoted.onAccount().afm(),
          quoted.onAccount().doy(),
          quoted.onAccount().reference(),
          now.plus(Duration.ofDays(publicBodyPaymentDays)));
    }
    order.sumUp(platformFeePercent);
    em.persist(order);
    em.flush();
    if (onAccount) {
      settled.fire(new PartsSettled(order.getId())); // a public body pays against the invoice
    }
    mails.placed(order);
    return order;
  }

  /**
   * Before {@link #place}, outside its transaction: stores the rows of the slots the request books
   * that nobody booked before (see {@code SlotRows}). Anything wrong is left for {@link #place} to
   * say.
   */
  public void prepareSlots(OrderRequest request) {
    if (request == null || request.lines() == null) {
      return;
    }
    Instant now = Instant.now();
    for (OrderRequest.Item item : request.lines()) {
      if (item == null || item.listingId() == null || item.slot() == null) {
        continue;
      }
      Listing listing = em.find(Listing.class, item.listingId());
      try {
        if (listing != null && listing.isBookedBySlot()) {
          slots.prepare(listing, SlotStart.parse(item.slot().start(), "slot"), now);
        }
      } catch (InvalidInputException unreadable) {
        // place() names the line
      }
    }
  }

  /** An invoice's details, each required; the ΑΦΜ with its check digit. */
  private static DocumentChoice checkedInvoice(DocumentChoice invoice) {
    if (invoice.afm() == null || !Afm.isValid(invoice.afm().strip())) {
      throw new InvalidInputException("document.afm", "invoice.afm.invalid");
    }
    requireText(invoice.doy(), 100, "document.doy");
    requireText(invoice.name(), 160, "document.name");
    requireText(invoice.activity(), 160, "document.activity");
    requireText(invoice.address(), 300, "document.address");
    return invoice;
  }

  private static void requireText(String value, int max, String field) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new InvalidInputException(field, "invoice.field.required", max);
    }
  }

  /** A part of goods worth less than its enterprise's minimum order: 409 naming the enterprise. */
  private void checkMinimum(OrderPart part) {
    Money goods = part.goods();
    if (goods.isZero()) {
      return; // only booked times
    }
    delivery
        .of(part.getEnterprise().getId())
        .filter(terms -> terms.belowMinimum(goods))
        .ifPresent(
            terms -> {
              throw new ConflictException(
                  "lines",
                  "order.minimum",
                  part.getEnterprise().getName(),
                  terms.getMinimumOrder().decimal(),
                  goods.decimal());
            });
  }

  /**
   * The enterprise's charge for sending the part to this postcode, as a line; 409 naming it when it
   * cannot send there.
   */
  private void chargeDelivery(OrderPart part, String postcode, String language) {
    DeliveryQuote quote =
        delivery.quote(part.getEnterprise(), postcode, part.goods(), part.weightGrams());
    if (quote.isRefused()) {
      throw new ConflictException(
          quote.refusal() == DeliveryQuote.Refusal.ZONE_NOT_SERVED
              ? "address.postcode"
              : "fulfilment",
          quote.refusal().messageKey(),
          part.getEnterprise().getName());
    }
    if (quote.amount().isPositive()) {
      part.addDelivery(
          Texts.get(Locale.forLanguageTag(language), "order.delivery_line"), quote.amount());
    }
  }

  /** Places a booked slot's line: its places held, until when the buyer may call it off. */
  private void book(Booking booking, Map<Enterprise, OrderPart> partOf, Instant now) {
    Listing listing = em.find(Listing.class, booking.listingId());
    ServiceSlot slot = slots.hold(listing, booking.field(), booking.start(), booking.places(), now);
    Availability availability = slots.availability(listing).orElseThrow();
    partOf
        .get(listing.getEnterprise())
        .book(
            listing,
            listing.getTitle().el(),
            new OrderLine.Booked(
                slot, booking.places(), slot.getStartsAt().minus(availability.notice())));
  }

  /** A slot asked for: the listing, its start, how many places, and the request's field for it. */
  private record Booking(long listingId, Instant start, int places, String field) {}

  /** What the lines ask for: products by listing, slots by listing and start (merged). */
  private record Wanted(
      Map<Long, Integer> products, List<Booking> bookings, Map<Long, Integer> indexes) {
    int index(long listingId) {
      return indexes.getOrDefault(listingId, 0);
    }
  }

  private static Wanted wanted(List<OrderRequest.Item> lines) {
    Map<Long, Integer> quantities = new LinkedHashMap<>();
    Map<Long, Integer> indexes = new LinkedHashMap<>();
    Map<String, Booking> bookings = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderRequest.Item item = lines.get(i);
      if (item == null || item.listingId() == null) {
        throw new InvalidInputException("lines", "order.listing.unavailable", "");
      }
      if (item.quantity() == null || item.quantity() < 1 || item.quantity() > Cart.MAX_QUANTITY) {
        throw new InvalidInputException("lines", "cart.quantity.invalid", Cart.MAX_QUANTITY);
      }
      if (item.slot() == null) {
        quantities.merge(item.listingId(), item.quantity(), Integer::sum);
        indexes.putIfAbsent(item.listingId(), i);
        continue;
      }
      String field = "lines[" + i + "].slot.start";
      Instant start = SlotStart.parse(item.slot().start(), field);
      bookings.merge(
          item.listingId() + "@" + start,
          new Booking(item.listingId(), start, item.quantity(), field),
          (before, more) ->
              new Booking(
                  before.listingId(), start, before.places() + more.places(), before.field()));
    }
    if (quantities.values().stream().anyMatch(quantity -> quantity > Cart.MAX_QUANTITY)
        || bookings.values().stream().anyMatch(booking -> booking.places() > Cart.MAX_QUANTITY)) {
      throw new InvalidInputException("lines", "cart.quantity.invalid", Cart.MAX_QUANTITY);
    }
    return new Wanted(quantities, List.copyOf(bookings.values()), indexes);
  }

  /** A fair that has not ended where the enterprise has a confirmed stand. */
  private Fair fairWhereExhibiting(Enterprise enterprise, Long fairId, Instant now) {
    if (fairId == null) {
      throw new InvalidInputException(
          "fulfilment.fairId", "order.fair.required", enterprise.getName());
    }
    boolean exhibits =
        !em.createQuery(
                "SELECT b.id FROM StandBooking b WHERE b.fair.id = :fair AND b.enterprise.id ="
                    + " :enterprise AND b.status = :confirmed AND b.fair.endsAt > :now AND"
                    + " b.fair.status IN (org.koinagora.fairs.FairStatus.PUBLISHED,"
                    + " org.koinagora.fairs.FairStatus.CLOSED)",
                Long.class)
            .setParameter("fair", fairId)
            .setParameter("enterprise", enterprise.getId())
            .setParameter("confirmed", BookingStatus.CONFIRMED)
            .setParameter("now", now)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!exhibits) {
      throw new InvalidInputException(
          "fulfilment.fairId", "order.fair.not_exhibiting", enterprise.getName());
    }
    return em.find(Fair.class, fairId);
  }

  /**
   * Fairs that have not ended where the enterprise has a confirmed stand: where its buyers may
   * collect.
   */
  public List<Fair> pickupFairs(long enterpriseId) {
    return em.createQuery(
            "SELECT DISTINCT b.fair FROM StandBooking b WHERE b.enterprise.id = :enterprise AND"
                + " b.status = :confirmed AND b.fair.endsAt > :now AND b.fair.status IN"
                + " (org.koinagora.fairs.FairStatus.PUBLISHED,"
                + " org.koinagora.fairs.FairStatus.CLOSED)",
            Fair.class)
        .setParameter("enterprise", enterpriseId)
        .setParameter("confirmed", BookingStatus.CONFIRMED)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  private <T> void validate(T value) {
    if (value == null) {
      throw new InvalidInputException("contact.email", "order.email.required");
    }
    var violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  /**
   * Records where the buyer pays by card; the order becomes PAID only when Stripe's webhook says
   * so.
   */
  @Transactional
  public void checkoutStarted(long orderId, String sessionId) {
    cardCheckouts.started(orderId, sessionId);
  }

  /**
   * The buyer calls the order off before anything was handed over: paid money goes back, stock
   * returns.
   */
  @Transactional
  public CustomerOrder cancelByBuyer(SignedInUser buyer, long orderId) {
    CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException();
    }
    if (order.getBuyerId() == null || buyer.id() != order.getBuyerId()) {
      throw new NotFoundException(); // as for an order that does not exist: the answer must not
      // tell it does
    }
    return cancel(order, "buyer");
  }

  /** The same for a guest, who holds the order's reference. */
  @Transactional
  public CustomerOrder cancelByReference(String reference) {
    CustomerOrder order = byReference(reference).orElseThrow(NotFoundException::new);
    em.lock(order, LockModeType.PESSIMISTIC_WRITE);
    return cancel(order, "buyer");
  }

  private CustomerOrder cancel(CustomerOrder order, String reason) {
    if (order.getStatus() == OrderStatus.CANCELLED || order.getStatus() == OrderStatus.REFUNDED) {
      throw new ConflictException(null, "order.already_ended");
    }
    if (!order.bookingsCancellableAt(Instant.now())) {
      throw new ConflictException(null, "order.slot.notice_passed");
    }
    List<OrderPart> paidParts = order.getParts().stream().filter(OrderPart::isPaid).toList();
    giveBackStock(order.withdraw(reason, Instant.now()));
    orderEnded.fire(new OrderEnded(order.getId()));
    paidParts.forEach(payments.of(order.getPaymentMethod())::refund);
    settled.fire(new PartsSettled(order.getId()));
    mails.cancelled(
        order, paidParts.stream().map(OrderPart::getSubtotal).reduce(Money.ZERO, Money::plus));
    return order;
  }

  /**
   * Unpaid orders past their time end and give their stock back (every 30 s, see {@link
   * OrderExpiry}).
   */
  @Transactional
  public int expireUnpaid() {
    List<Long> expired =
        em.createNamedQuery("CustomerOrder.findExpired", Long.class)
            .setParameter("now", Instant.now())
            .getResultList();
    int ended = 0;
    for (Long id : expired) {
      CustomerOrder order = em.find(CustomerOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (order.getStatus() == OrderStatus.PENDING_PAYMENT
          && order.getExpiresAt() != null
          && order.getExpiresAt().isBefore(Instant.now())) {
        giveBackStock(order.withdraw("expired", Instant.now()));
        orderEnded.fire(new OrderEnded(order.getId()));
        mails.expired(order);
        ended++;
      }
    }
    return ended;
  }

  void giveBackStock(List<OrderPart> parts) {
    // in id order, as orders take it, so giving back and taking never wait for each other in a
    // circle; then the slots' places, as orders hold them
    parts.stream()
        .flatMap(part -> part.getLines().stream())
        .filter(line -> !line.isQuoted() && line.getSlot() == null)
        .sorted(Comparator.comparing(line -> line.getListing().getId()))
        .forEach(line -> stock.giveBack(line.getListing().getId(), line.getQuantity()));
    parts.stream()
        .flatMap(part -> part.getLines().stream())
        .filter(line -> line.getSlot() != null)
        .sorted(
            Comparator.comparing((OrderLine line) -> line.getListing().getId())
                .thenComparing(line -> line.getSlot().getStartsAt()))
        .forEach(line -> slots.giveBack(line.getSlot().getId(), line.getQuantity()));
    stockChanged(parts);
  }

  /** Product pages, search and the entity cache show the new stock once the transaction commits. */
  void stockChanged(List<OrderPart> parts) {
    parts.forEach(
        part ->
            part.getLines().stream()
                .filter(line -> !line.isQuoted())
                .forEach(
                    line ->
                        changes.fire(
                            PublicContentChanged.stock(
                                part.getEnterprise().getId(), line.getListing().getId()))));
  }

  /**
   * A guest's order joins the account of whoever holds its reference and signed in with the same
   * email: it then shows on /account and in the API. False when it was not a guest's, or the email
   * differs.
   */
  @Transactional
  public boolean claim(CustomerOrder order, SignedInUser user) {
    CustomerOrder fresh = em.find(CustomerOrder.class, order.getId());
    if (fresh.getBuyerId() != null || !fresh.getEmail().equalsIgnoreCase(user.email())) {
      return false;
    }
    fresh.claimBy(user.id());
    return true;
  }

  public List<CustomerOrder> ofBuyer(SignedInUser buyer) {
    return em.createNamedQuery("CustomerOrder.findByBuyer", CustomerOrder.class)
        .setParameter("buyer", buyer.id())
        .getResultList();
  }

  public Optional<CustomerOrder> byReference(String reference) {
    if (reference == null || reference.length() != 43) {
      return Optional.empty();
    }
    return em.createNamedQuery("CustomerOrder.findByReference", CustomerOrder.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  public CustomerOrder ofBuyer(SignedInUser buyer, long orderId) {
    CustomerOrder order = em.find(CustomerOrder.class, orderId);
    if (order == null) {
      throw new NotFoundException();
    }
    if (order.getBuyerId() == null || buyer.id() != order.getBuyerId()) {
      throw new NotFoundException(); // as for an order that does not exist: the answer must not
      // tell it does
    }
    return order;
  }
}
