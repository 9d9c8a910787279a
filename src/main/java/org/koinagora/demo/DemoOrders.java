package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.Contact;
import org.koinagora.checkout.DocumentChoice;
import org.koinagora.checkout.Fulfilment;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderRequest;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.SalesService;

/**
 * Orders of the first demo buyer, so that /account and the enterprises' dashboards show how orders
 * look: one paid and ready to collect (with its receipt), one of two enterprises waiting for a
 * transfer, and one with an invoice, paid.
 */
final class DemoOrders {

  private DemoOrders() {}

  static void load(
      EntityManager em,
      OrderService orders,
      SalesService sales,
      SignedInUser buyer,
      Map<String, SignedInUser> members) {
    List<Long> first = listingsOf(em, "enterprise1@demo.koinagora.org");
    List<Long> second = listingsOf(em, "enterprise2@demo.koinagora.org");
    var ready =
        orders.place(
            Optional.of(buyer),
            request(buyer, List.of(new OrderRequest.Item(first.get(0), 2, null))));
    var seller = members.get("enterprise1@demo.koinagora.org");
    sales.move(seller, ready.getParts().get(0).getId(), SalesService.Step.PAID);
    sales.move(seller, ready.getParts().get(0).getId(), SalesService.Step.READY);
    orders.place(
        Optional.of(buyer),
        request(
            buyer,
            List.of(
                new OrderRequest.Item(first.get(1), 1, null),
                new OrderRequest.Item(second.get(0), 1, null))));
    // a restaurant's order with an invoice, paid: the olive grove's invoice T-1
    var invoiced =
        orders.place(
            Optional.of(buyer),
            new OrderRequest(
                List.of(new OrderRequest.Item(second.get(0), 2, null)),
                new Contact(buyer.email(), buyer.name(), null),
                new OrderRequest.Choice(Fulfilment.PICKUP_AT_ENTERPRISE, null),
                null,
                null,
                PaymentMethod.MANUAL,
                ManualKind.BANK_TRANSFER,
                "el",
                new DocumentChoice(
                    DocumentChoice.DocumentKind.INVOICE,
                    "090000045",
                    "ΔΟΥ Καλαμάτας",
                    "Ταβέρνα Το Λιοτρίβι ΙΚΕ",
                    "Εστίαση",
                    "Αριστομένους 12, 24100 Καλαμάτα")));
    sales.move(
        members.get("enterprise2@demo.koinagora.org"),
        invoiced.getParts().get(0).getId(),
        SalesService.Step.PAID);
  }

  private static OrderRequest request(SignedInUser buyer, List<OrderRequest.Item> lines) {
    return new OrderRequest(
        lines,
        new Contact(buyer.email(), buyer.name(), null),
        new OrderRequest.Choice(Fulfilment.PICKUP_AT_ENTERPRISE, null),
        null,
        null,
        PaymentMethod.MANUAL,
        ManualKind.BANK_TRANSFER,
        "el",
        null);
  }

  /** The enterprise's products that are on sale, oldest first. */
  private static List<Long> listingsOf(EntityManager em, String member) {
    return em.createQuery(
            "SELECT l.id FROM Listing l WHERE l.kind = org.koinagora.catalog.ListingKind.PRODUCT"
                + " AND (l.stock IS NULL OR l.stock > 3) AND :member MEMBER OF"
                + " l.enterprise.memberIds ORDER BY l.id",
            Long.class)
        .setParameter(
            "member",
            em.createQuery("SELECT u.id FROM UserAccount u WHERE u.email = :email", Long.class)
                .setParameter("email", member)
                .getSingleResult())
        .getResultList();
  }
}
