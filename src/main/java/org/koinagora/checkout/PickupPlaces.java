package org.koinagora.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.Fair;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;

/**
 * Where a buyer collects a part of an order, said in full: at a fair, the fair, its place, its day
 * and the enterprise's stand; at the enterprise, its town and how to reach it.
 */
@ApplicationScoped
public class PickupPlaces {

  @PersistenceContext private EntityManager em;

  /** Empty for a part that is sent. */
  public String of(OrderPart part, Locale locale) {
    return switch (part.getFulfilment()) {
      case DELIVERY -> "";
      case PICKUP_AT_FAIR ->
          part.getFair() == null ? "" : atFair(part.getFair(), part.getEnterprise(), locale);
      case PICKUP_AT_ENTERPRISE, SERVICE -> atEnterprise(part.getEnterprise());
    };
  }

  private String atFair(Fair fair, Enterprise enterprise, Locale locale) {
    List<String> stands =
        em.createQuery(
                "SELECT b.stand.code FROM StandBooking b WHERE b.fair.id = :fair AND"
                    + " b.enterprise.id = :enterprise AND b.status = :confirmed ORDER BY"
                    + " b.stand.code",
                String.class)
            .setParameter("fair", fair.getId())
            .setParameter("enterprise", enterprise.getId())
            .setParameter("confirmed", BookingStatus.CONFIRMED)
            .getResultList();
    String where =
        fair.title(locale) + ", " + fair.place() + ", " + Formats.dayIn(fair.getStartsAt(), locale);
    return stands.isEmpty()
        ? where
        : where + " · " + Texts.get(locale, "pickup.stand", String.join(", ", stands));
  }

  private static String atEnterprise(Enterprise enterprise) {
    List<String> parts = new ArrayList<>();
    parts.add(enterprise.getName());
    for (String detail :
        new String[] {
          enterprise.getMunicipality(), enterprise.getContactPhone(), enterprise.getContactEmail()
        }) {
      if (detail != null && !detail.isBlank()) {
        parts.add(detail.strip());
      }
    }
    return String.join(", ", parts);
  }
}
