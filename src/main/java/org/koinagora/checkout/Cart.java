package org.koinagora.checkout;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.shared.persistence.BaseEntity;

/**
 * What a visitor (by cookie) or a signed-in person (by account) means to buy: listing → quantity.
 */
@Entity
@Table(name = "cart")
public class Cart extends BaseEntity {

  public static final int MAX_QUANTITY = 99;

  @Column(length = 43)
  private String token;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cart_item", joinColumns = @JoinColumn(name = "cart_id"))
  @MapKeyColumn(name = "listing_id")
  @Column(name = "quantity", nullable = false)
  private Map<Long, Integer> items = new LinkedHashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cart_slot", joinColumns = @JoinColumn(name = "cart_id"))
  private List<CartSlot> slots = new ArrayList<>();

  protected Cart() {}

  static Cart ofVisitor(String token) {
    var cart = new Cart();
    cart.token = token;
    cart.updatedAt = Instant.now();
    return cart;
  }

  static Cart ofUser(long userId) {
    var cart = new Cart();
    cart.userId = userId;
    cart.updatedAt = Instant.now();
    return cart;
  }

  /** Adds to what is there, up to {@link #MAX_QUANTITY}. */
  void add(long listingId, int quantity) {
    set(listingId, items.getOrDefault(listingId, 0) + quantity);
  }

  /** Sets a quantity; zero or less removes the listing. */
  void set(long listingId, int quantity) {
    if (quantity <= 0) {
      items.remove(listingId);
    } else {
      items.put(listingId, Math.min(quantity, MAX_QUANTITY));
    }
    updatedAt = Instant.now();
  }

  /** Places in a slot, added to those already chosen there (up to {@link #MAX_QUANTITY}). */
  void book(long listingId, Instant start, int places) {
    int before = placesIn(listingId, start);
    unbook(listingId, start);
    slots.add(new CartSlot(listingId, start, Math.min(before + places, MAX_QUANTITY)));
    updatedAt = Instant.now();
  }

  void unbook(long listingId, Instant start) {
    slots.removeIf(slot -> slot.is(listingId, start));
    updatedAt = Instant.now();
  }

  int placesIn(long listingId, Instant start) {
    return slots.stream()
        .filter(slot -> slot.is(listingId, start))
        .mapToInt(CartSlot::getPlaces)
        .sum();
  }

  /** A visitor signs in: what they chose before joins what their account had. */
  void takeOver(Cart visitors) {
    visitors.items.forEach(this::add);
    visitors.items.clear();
    visitors.slots.forEach(slot -> book(slot.getListingId(), slot.getStart(), slot.getPlaces()));
    visitors.slots.clear();
  }

  void empty() {
    items.clear();
    slots.clear();
    updatedAt = Instant.now();
  }

  public List<CartSlot> getSlots() {
    return slots;
  }

  public String getToken() {
    return token;
  }

  public Map<Long, Integer> getItems() {
    return items;
  }

  public boolean isEmpty() {
    return items.isEmpty() && slots.isEmpty();
  }

  /** How many items, counting each line's quantity: the number beside "Cart" in the header. */
  public int itemCount() {
    return items.values().stream().mapToInt(Integer::intValue).sum()
        + slots.stream().mapToInt(CartSlot::getPlaces).sum();
  }
}
