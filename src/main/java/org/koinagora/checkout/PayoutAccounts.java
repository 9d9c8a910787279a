package org.koinagora.checkout;

import java.net.URI;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;

/**
 * Where a seller's or an organiser's card money goes: the port the rest of the platform asks, so
 * that no feature reads Stripe's accounts itself.
 */
public interface PayoutAccounts {

  /** Who receives the money. */
  enum Party {
    ENTERPRISE,
    MUNICIPALITY
  }

  /** What is known about a party's account: none yet, onboarding unfinished, or paid out to. */
  record Status(boolean connected, boolean payoutsEnabled) {}

  /** Whether card payments are set up on this platform at all (keys configured). */
  boolean isAvailable();

  Status status(Party party, long id);

  /** The one rule for "can this seller take card payments": its account is paid out to. */
  default boolean sellerTakesCards(long enterpriseId) {
    return status(Party.ENTERPRISE, enterpriseId).payoutsEnabled();
  }

  /** Whether a municipality can receive stand fees by card (card payments on, account paid out). */
  default boolean municipalityTakesCards(long municipalityId) {
    return isAvailable() && status(Party.MUNICIPALITY, municipalityId).payoutsEnabled();
  }

  /** The account transfers go to, when the party has one. */
  Optional<String> account(Party party, long id);

  /** Starts (or continues) onboarding; the URL of the provider's pages. */
  URI onboardEnterprise(SignedInUser member, Long enterpriseId);

  URI onboardMunicipality(SignedInUser staff);

  /** Back from the provider's pages: asks whether payouts are enabled now. */
  void refreshEnterprise(SignedInUser member, long enterpriseId);

  void refreshMunicipality(SignedInUser staff);

  /** The provider says whether an account can be paid out to (its webhook). */
  void updated(String account, boolean payoutsEnabled);
}
