package org.koinagora.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.Contact;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.QuotedOrder;
import org.koinagora.shared.Money;

/**
 * An award becomes the public body's order from the winning enterprise (the lead of a joint offer):
 * one line, the call, at the price offered, paid on account by bank transfer within the public-body
 * payment terms, with the body's ΑΦΜ, ΔΟΥ and decision reference on it. The staff member who awards
 * is the order's buyer and finds it on their account.
 */
@ApplicationScoped
public class CallOrders {

  @Inject private OrderService orders;
  @PersistenceContext private EntityManager em;

  /** The reference of the order an award became (for its order page), if there is one. */
  public java.util.Optional<String> orderReference(Call call) {
    return java.util.Optional.ofNullable(call.getAwardOrderId())
        .map(id -> em.find(CustomerOrder.class, id))
        .map(CustomerOrder::getReference);
  }

  CustomerOrder place(Call call, CallOffer offer, SignedInUser staff, AwardTerms terms) {
    Locale language = Locale.forLanguageTag("el");
    String title = call.title(language);
    var order =
        orders.placeQuoted(
            new QuotedOrder(
                staff.id(),
                new Contact(staff.email(), shortened(call.getOrganisation().name(language)), null),
                "el",
                null,
                null,
                offer.getEnterprise(),
                List.of(
                    new QuotedOrder.Line(
                        shortened(title),
                        BigDecimal.ONE,
                        null,
                        Money.euros(offer.getPrice()),
                        terms.vatRate())),
                new QuotedOrder.OnAccount(terms.afm(), terms.doy(), terms.reference())));
    call.orderedAs(order.getId());
    return order;
  }

  private static String shortened(String text) {
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }
}
