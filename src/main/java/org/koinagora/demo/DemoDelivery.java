package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.delivery.DeliveryDraft;
import org.koinagora.delivery.DeliveryRate;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.delivery.DeliveryZone;
import org.koinagora.shared.Money;

/**
 * Delivery terms of a few demo enterprises: the beekeepers of Chalkidiki by weight band with free
 * delivery from 40 €, the olive grove at a flat rate per zone, the Cretan herbs to the islands too
 * with a minimum order, and the Corfu bakery that does not send. The others deliver as agreed.
 */
final class DemoDelivery {

  private DemoDelivery() {}

  static void load(EntityManager em, DeliveryService delivery, Map<String, SignedInUser> members) {
    set(
        em,
        delivery,
        members,
        "enterprise1@demo.koinagora.org",
        new DeliveryDraft(
            Money.euros("40"),
            null,
            List.of(
                rate(DeliveryZone.OWN_REGION, 2000, "3.00"),
                rate(DeliveryZone.OWN_REGION, null, "5.00"),
                rate(DeliveryZone.MAINLAND, 2000, "4.50"),
                rate(DeliveryZone.MAINLAND, null, "7.00"),
                rate(DeliveryZone.ISLANDS, 2000, "6.50"),
                rate(DeliveryZone.ISLANDS, null, "9.50"))));
    set(
        em,
        delivery,
        members,
        "enterprise2@demo.koinagora.org",
        new DeliveryDraft(
            Money.euros("60"),
            null,
            List.of(
                rate(DeliveryZone.OWN_REGION, null, "3.50"),
                rate(DeliveryZone.MAINLAND, null, "5.00"),
                rate(DeliveryZone.ISLANDS, null, "8.00"))));
    set(
        em,
        delivery,
        members,
        "enterprise11@demo.koinagora.org",
        new DeliveryDraft(
            null,
            Money.euros("10"),
            List.of(
                rate(DeliveryZone.OWN_REGION, null, "3.00"),
                rate(DeliveryZone.MAINLAND, null, "6.00"),
                rate(DeliveryZone.ISLANDS, null, "6.00"))));
    set(
        em,
        delivery,
        members,
        "enterprise3@demo.koinagora.org",
        new DeliveryDraft(null, null, List.of()));
  }

  private static DeliveryRate rate(DeliveryZone zone, Integer upToGrams, String amount) {
    return new DeliveryRate(zone, upToGrams, Money.euros(amount));
  }

  private static void set(
      EntityManager em,
      DeliveryService delivery,
      Map<String, SignedInUser> members,
      String member,
      DeliveryDraft draft) {
    SignedInUser user = members.get(member);
    long enterprise =
        em.createQuery(
                "SELECT e.id FROM Enterprise e WHERE :member MEMBER OF e.memberIds", Long.class)
            .setParameter("member", user.id())
            .getSingleResult();
    delivery.set(user, enterprise, draft);
  }
}
