package org.koinagora.checkout.stripe;

import com.stripe.exception.IdempotencyException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.fairs.FairService;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.Links;

/**
 * Stripe Connect onboarding: an enterprise (or a municipality, for stand fees) gets an Express
 * account and a link to Stripe's onboarding pages; coming back, what Stripe says about payouts is
 * recorded (and kept in step by {@code account.updated} events). Without keys, reads still answer
 * from the table and onboarding says Stripe is not configured.
 */
@ApplicationScoped
public class StripeConnect implements PayoutAccounts {

  @Inject private StripeSettings settings;
  @Inject private EnterpriseService enterprises;
  @Inject private FairService fairs;
  @Inject private ConnectedAccounts accounts;
  @Inject private Links links;

  @Override
  public boolean isAvailable() {
    return settings.isConfigured();
  }

  @Override
  public Status status(Party party, long id) {
    return accounts
        .of(party, id)
        .map(row -> new Status(row.getAccountId() != null, row.isPayoutsEnabled()))
        .orElse(new Status(false, false));
  }

  /** Kept as it was on the entities: paid out to only once an account exists. */
  @Override
  public boolean sellerTakesCards(long enterpriseId) {
    Status status = status(Party.ENTERPRISE, enterpriseId);
    return status.connected() && status.payoutsEnabled();
  }

  @Override
  public boolean municipalityTakesCards(long municipalityId) {
    Status status = status(Party.MUNICIPALITY, municipalityId);
    return isAvailable() && status.connected() && status.payoutsEnabled();
  }

  @Override
  public Optional<String> account(Party party, long id) {
    return accounts.of(party, id).map(ConnectedAccount::getAccountId);
  }

  @Override
  public void updated(String account, boolean payoutsEnabled) {
    accounts.updated(account, payoutsEnabled);
  }

  @Override
  public URI onboardEnterprise(SignedInUser member, Long enterpriseId) {
    requireConfigured();
    Enterprise enterprise = enterprises.actingFor(member, enterpriseId);
    String account = account(Party.ENTERPRISE, enterprise.getId()).orElse(null);
    if (account == null) {
      account =
          create(
              enterprise.getContactEmail(),
              enterprise.getName(),
              "enterprise-" + enterprise.getId());
      accounts.connected(Party.ENTERPRISE, enterprise.getId(), account, false);
    }
    return link(account, "/dashboard/enterprise?stripe=" + enterprise.getId());
  }

  @Override
  public URI onboardMunicipality(SignedInUser staff) {
    requireConfigured();
    Organisation municipality = fairs.organisationOf(staff);
    String account = account(Party.MUNICIPALITY, municipality.getId()).orElse(null);
    if (account == null) {
      account =
          create(staff.email(), municipality.getName(), "municipality-" + municipality.getId());
      accounts.connected(Party.MUNICIPALITY, municipality.getId(), account, false);
    }
    return link(account, "/dashboard/municipality?stripe=1");
  }

  /** Back from Stripe's pages: asks Stripe whether payouts are enabled now. */
  @Override
  public void refreshEnterprise(SignedInUser member, long enterpriseId) {
    Enterprise enterprise = enterprises.actingFor(member, enterpriseId);
    refresh(Party.ENTERPRISE, enterprise.getId());
  }

  @Override
  public void refreshMunicipality(SignedInUser staff) {
    refresh(Party.MUNICIPALITY, fairs.organisationOf(staff).getId());
  }

  private void refresh(Party party, long id) {
    Optional<String> account = account(party, id);
    if (settings.isConfigured() && account.isPresent()) {
      accounts.connected(party, id, account.get(), payoutsEnabled(account.get()));
    }
  }

  private String create(String email, String name, String owner) {
    try {
      Account account =
          settings
              .client()
              .v1()
              .accounts()
              .create(
                  AccountCreateParams.builder()
                      .setType(AccountCreateParams.Type.EXPRESS)
                      .setCountry(settings.country())
                      .setEmail(email)
                      .setBusinessProfile(
                          AccountCreateParams.BusinessProfile.builder().setName(name).build())
                      .setCapabilities(
                          AccountCreateParams.Capabilities.builder()
                              .setTransfers(
                                  AccountCreateParams.Capabilities.Transfers.builder()
                                      .setRequested(true)
                                      .build())
                              .build())
                      .putMetadata("koinagora", owner)
                      .build(),
                  StripePayments.key(owner + "-account"));
      return account.getId();
    } catch (IdempotencyException e) {
      // a second click while Stripe still creates the account for the first: the same change
      throw new ConflictException(null, "error.concurrent_change");
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused to create the account of " + owner, e);
    }
  }

  /**
   * A link is used once and soon expires: a retry within the same minute gets the same one, a later
   * visit a new one.
   */
  private URI link(String account, String backTo) {
    try {
      return URI.create(
          settings
              .client()
              .v1()
              .accountLinks()
              .create(
                  AccountLinkCreateParams.builder()
                      .setAccount(account)
                      .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                      .setRefreshUrl(links.to(backTo))
                      .setReturnUrl(links.to(backTo))
                      .build(),
                  StripePayments.key(account + "-link-" + Instant.now().getEpochSecond() / 60))
              .getUrl());
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe refused an onboarding link for " + account, e);
    }
  }

  private boolean payoutsEnabled(String account) {
    try {
      return Boolean.TRUE.equals(
          settings.client().v1().accounts().retrieve(account).getPayoutsEnabled());
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe did not say how account " + account + " stands", e);
    }
  }

  private void requireConfigured() {
    if (!settings.isConfigured()) {
      throw new ConflictException(null, "stripe.not_configured");
    }
  }
}
