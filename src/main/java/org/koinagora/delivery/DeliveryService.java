package org.koinagora.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;

/**
 * An enterprise's delivery terms: set by its members (or a delegated support centre), read by all.
 */
@ApplicationScoped
public class DeliveryService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;

  /** The terms of an enterprise; empty when it set none (it delivers as agreed, no charge). */
  public Optional<DeliveryTerms> of(long enterpriseId) {
    return Optional.ofNullable(em.find(DeliveryTerms.class, enterpriseId));
  }

  /** The same for a user who acts for the enterprise (404/403 otherwise). */
  public Optional<DeliveryTerms> of(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return of(enterpriseId);
  }

  @Transactional
  public DeliveryTerms set(SignedInUser user, long enterpriseId, DeliveryDraft draft) {
    var acting = access.on(user, enterpriseId);
    check(draft);
    DeliveryTerms terms = em.find(DeliveryTerms.class, enterpriseId);
    if (terms == null) {
      terms = new DeliveryTerms(enterpriseId);
      terms.set(draft, Instant.now());
      em.persist(terms);
    } else {
      terms.set(draft, Instant.now());
    }
    access.record(acting, "enterprise.delivery_set", "");
    return terms;
  }

  /** Back to no terms: delivery as agreed with the buyer, no charge. */
  @Transactional
  public void clear(SignedInUser user, long enterpriseId) {
    var acting = access.on(user, enterpriseId);
    DeliveryTerms terms = em.find(DeliveryTerms.class, enterpriseId);
    if (terms != null) {
      em.remove(terms);
      access.record(acting, "enterprise.delivery_cleared", "");
    }
  }

  /** What sending this part costs (see {@link DeliveryTerms#quote}); free without terms. */
  public DeliveryQuote quote(
      Enterprise enterprise, String postcode, Money goods, OptionalInt grams) {
    return quote(enterprise.getId(), enterprise.getRegion(), postcode, goods, grams);
  }

  /** The same by the enterprise's id and region. */
  public DeliveryQuote quote(
      long enterpriseId, Region home, String postcode, Money goods, OptionalInt grams) {
    return of(enterpriseId)
        .map(terms -> terms.quote(home, postcode, goods, grams))
        .orElseGet(DeliveryQuote::free);
  }

  static void check(DeliveryDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    checkAmount(draft.freeAbove(), "freeAbove", false);
    checkAmount(draft.minimumOrder(), "minimumOrder", false);
    List<DeliveryRate> rates = draft.rates();
    Set<String> bands = new HashSet<>();
    for (int i = 0; i < rates.size(); i++) {
      DeliveryRate rate = rates.get(i);
      String field = "rates[" + i + "]";
      if (rate == null || rate.getZone() == null) {
        throw new InvalidInputException(field + ".zone", "delivery.zone.required");
      }
      checkAmount(rate.getAmount(), field + ".amount", true);
      Integer grams = rate.getUpToGrams();
      if (grams != null && (grams < 1 || grams > DeliveryDraft.MAX_GRAMS)) {
        throw new InvalidInputException(
            field + ".upToGrams", "delivery.grams.invalid", DeliveryDraft.MAX_GRAMS);
      }
      if (!bands.add(rate.getZone() + "/" + grams)) {
        throw new InvalidInputException(field + ".upToGrams", "delivery.band.twice");
      }
      long inZone = rates.stream().filter(r -> r != null && r.getZone() == rate.getZone()).count();
      if (inZone > DeliveryDraft.MAX_BANDS_PER_ZONE) {
        throw new InvalidInputException(
            field + ".zone", "delivery.bands.too_many", DeliveryDraft.MAX_BANDS_PER_ZONE);
      }
    }
  }

  private static void checkAmount(Money amount, String field, boolean required) {
    if (amount == null) {
      if (required) {
        throw new InvalidInputException(field, "delivery.amount.invalid");
      }
      return;
    }
    if (amount.decimal().signum() < 0 || amount.compareTo(DeliveryDraft.MAX_AMOUNT) > 0) {
      throw new InvalidInputException(field, "delivery.amount.invalid");
    }
  }
}
