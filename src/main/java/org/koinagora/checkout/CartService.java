package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.koinagora.catalog.Listing;
import org.koinagora.catalog.ListingKind;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.services.SlotStart;
import org.koinagora.services.SlotTime;
import org.koinagora.services.SlotView;
import org.koinagora.services.Slots;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.SecureTokens;

/**
 * Carts: a visitor's is found by its cookie, a signed-in person's by account; when a visitor signs
 * in, the account's cart takes over what they chose before.
 */
@ApplicationScoped
public class CartService {

  @PersistenceContext private EntityManager em;
  @Inject private Slots slots;

  /** The cart to show, without creating one; empty when there is none yet. */
  @Transactional
  public Optional<Cart> find(Visitor visitor) {
    Cart visitors = byToken(visitor.cartToken());
    if (visitor.userId() == null) {
      return Optional.ofNullable(visitors);
    }
    Cart accounts = byUser(visitor.userId());
    if (visitors != null && !visitors.isEmpty()) {
      if (accounts == null) {
        accounts = Cart.ofUser(visitor.userId());
        em.persist(accounts);
      }
      accounts.takeOver(visitors);
    }
    return Optional.ofNullable(accounts);
  }

  /**
   * Puts a listing in the cart (adding to what is there); the visitor's cart is made when needed.
   */
  @Transactional
  public Cart add(Visitor visitor, long listingId, int quantity) {
    if (quantity < 1 || quantity > Cart.MAX_QUANTITY) {
      throw new InvalidInputException("quantity", "cart.quantity.invalid", Cart.MAX_QUANTITY);
    }
    Listing listing = buyable(listingId);
    Cart cart = find(visitor).orElseGet(() -> create(visitor));
    int wanted = cart.getItems().getOrDefault(listingId, 0) + quantity;
    requireInStock(listing, wanted);
    cart.add(listingId, quantity);
    return cart;
  }

  /** Changes a quantity (0 removes the listing). */
  @Transactional
  public Cart set(Visitor visitor, long listingId, int quantity) {
    if (quantity < 0 || quantity > Cart.MAX_QUANTITY) {
      throw new InvalidInputException("quantity", "cart.quantity.invalid", Cart.MAX_QUANTITY);
    }
    Cart cart = find(visitor).orElseGet(() -> create(visitor));
    if (quantity > 0) {
      requireInStock(buyable(listingId), quantity);
    }
    cart.set(listingId, quantity);
    return cart;
  }

  @Transactional
  public void empty(Visitor visitor) {
    find(visitor).ifPresent(Cart::empty);
  }

  /**
   * Chooses places in a slot of a service (adding to those chosen there before); they are held only
   * when the order is placed.
   */
  @Transactional
  public Cart book(Visitor visitor, long listingId, String start, int places) {
    if (places < 1 || places > Cart.MAX_QUANTITY) {
      throw new InvalidInputException("quantity", "cart.quantity.invalid", Cart.MAX_QUANTITY);
    }
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null || !listing.isPublic() || !listing.isBookedBySlot()) {
      throw new InvalidInputException("listingId", "cart.listing.unavailable");
    }
    Instant at = SlotStart.parse(start, "slot");
    SlotView slot =
        offered(listing, at).orElseThrow(() -> new InvalidInputException("slot", "slot.unknown"));
    Cart cart = find(visitor).orElseGet(() -> create(visitor));
    if (cart.placesIn(listingId, at) + places > slot.available()) {
      throw new ConflictException("slot", "slot.full");
    }
    cart.book(listingId, at, places);
    return cart;
  }

  /** Takes a slot out of the cart. */
  @Transactional
  public Cart unbook(Visitor visitor, long listingId, String start) {
    Cart cart = find(visitor).orElseGet(() -> create(visitor));
    cart.unbook(listingId, SlotStart.parse(start, "slot"));
    return cart;
  }

  private Optional<SlotView> offered(Listing listing, Instant start) {
    return slots.offered(listing, start, start.plusNanos(1), Instant.now()).stream()
        .filter(slot -> slot.time().start().equals(start))
        .findFirst();
  }

  /** The cart's lines priced now, grouped by enterprise. */
  public List<CartLine> lines(Cart cart) {
    Stream<CartLine> booked =
        cart.getSlots().stream()
            .map(
                chosen -> {
                  Listing listing = em.find(Listing.class, chosen.getListingId());
                  Optional<SlotView> slot = offered(listing, chosen.getStart());
                  return new CartLine(
                      listing,
                      chosen.getPlaces(),
                      slot.map(SlotView::available).orElse(0),
                      listing.isPublic() && slot.isPresent(),
                      slot.map(SlotView::time)
                          .orElse(new SlotTime(chosen.getStart(), chosen.getStart())));
                });
    return Stream.concat(
            cart.getItems().entrySet().stream()
                .map(
                    item -> {
                      Listing listing = em.find(Listing.class, item.getKey());
                      return new CartLine(
                          listing, item.getValue(), listing.getStock(), listing.isPublic());
                    }),
            booked)
        .sorted(
            Comparator.comparing((CartLine line) -> line.listing().getEnterprise().getName())
                .thenComparing(line -> line.listing().getId())
                .thenComparing(line -> line.slot() == null ? Instant.MIN : line.slot().start()))
        .toList();
  }

  /**
   * The lines grouped by enterprise, in the lines' order: each enterprise is one part of the order.
   */
  public static Map<Enterprise, List<CartLine>> byEnterprise(List<CartLine> lines) {
    return lines.stream()
        .collect(
            Collectors.groupingBy(
                line -> line.listing().getEnterprise(), LinkedHashMap::new, Collectors.toList()));
  }

  private Listing buyable(long listingId) {
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null || !listing.isPublic() || listing.getKind() != ListingKind.PRODUCT) {
      throw new InvalidInputException("listingId", "cart.listing.unavailable");
    }
    return listing;
  }

  private static void requireInStock(Listing listing, int wanted) {
    if (listing.getStock() != null && wanted > listing.getStock()) {
      throw new ConflictException(
          "quantity",
          listing.getStock() == 0 ? "cart.sold_out" : "cart.only_left",
          listing.getStock());
    }
  }

  private Cart create(Visitor visitor) {
    Cart cart =
        visitor.userId() != null
            ? Cart.ofUser(visitor.userId())
            : Cart.ofVisitor(visitor.cartToken());
    if (cart.getToken() == null && visitor.userId() == null) {
      throw new IllegalStateException("a visitor's cart needs its cookie's token");
    }
    em.persist(cart);
    return cart;
  }

  private Cart byToken(String token) {
    if (token == null || token.length() != 43) {
      return null;
    }
    return em.createQuery("SELECT c FROM Cart c WHERE c.token = :token", Cart.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Cart byUser(long userId) {
    return em.createQuery("SELECT c FROM Cart c WHERE c.userId = :user", Cart.class)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A new cookie value for a visitor's cart. */
  public static String newToken() {
    return SecureTokens.newToken();
  }
}
