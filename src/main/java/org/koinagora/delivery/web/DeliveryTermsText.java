package org.koinagora.delivery.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.koinagora.delivery.DeliveryRate;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.delivery.DeliveryTerms;
import org.koinagora.delivery.DeliveryZone;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;

/**
 * An enterprise's delivery terms said in a few sentences, for its public page: what each zone costs
 * by weight, from when it is free, and the least it takes an order for.
 */
@Named
@ApplicationScoped
public class DeliveryTermsText {

  @Inject private DeliveryService delivery;

  public List<String> describe(Enterprise enterprise, Locale locale) {
    Optional<DeliveryTerms> found = delivery.of(enterprise.getId());
    if (found.isEmpty()) {
      return List.of(Texts.get(locale, "delivery_terms.as_agreed"));
    }
    DeliveryTerms terms = found.get();
    List<String> said = new ArrayList<>();
    if (!terms.delivers()) {
      said.add(Texts.get(locale, "delivery_terms.none"));
    }
    for (DeliveryZone zone : DeliveryZone.values()) {
      List<String> bands =
          terms.getRates().stream()
              .filter(rate -> rate.getZone() == zone)
              .map(rate -> band(rate, locale))
              .toList();
      if (!bands.isEmpty()) {
        String where =
            zone == DeliveryZone.OWN_REGION
                ? Texts.get(
                    locale,
                    "delivery_terms.own_region",
                    Texts.get(locale, "Region." + enterprise.getRegion().name()))
                : Texts.get(locale, "delivery_terms." + zone.name().toLowerCase(Locale.ROOT));
        said.add(where + ": " + String.join(", ", bands));
      }
    }
    if (terms.delivers() && terms.getFreeAbove() != null) {
      said.add(
          Texts.get(
              locale, "delivery_terms.free_above", Formats.moneyIn(terms.getFreeAbove(), locale)));
    }
    if (terms.getMinimumOrder() != null) {
      said.add(
          Texts.get(
              locale, "delivery_terms.minimum", Formats.moneyIn(terms.getMinimumOrder(), locale)));
    }
    return said;
  }

  private static String band(DeliveryRate rate, Locale locale) {
    String amount = Formats.moneyIn(rate.getAmount(), locale);
    return rate.getUpToGrams() == null
        ? amount
        : Texts.get(locale, "delivery_terms.up_to", amount, kilos(rate.getUpToGrams(), locale));
  }

  /** "2", "0,5" kg. */
  private static String kilos(int grams, Locale locale) {
    var format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return format.format(grams / 1000.0);
  }
}
