package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.fairs.FairService;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/municipality, its payout account: the card payments' account that receives stand fees,
 * reached through the checkout's {@link PayoutAccounts}.
 */
@Named
@RequestScoped
public class MunicipalityPayoutBacking {

  @Inject private FairService fairs;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private PayoutAccounts payoutAccounts;

  private Organisation municipality;

  /** The municipality whose stand fees the account receives. */
  public Organisation getMunicipality() {
    if (municipality == null) {
      municipality = fairs.organisationOf(currentUser.require(Role.MUNICIPALITY));
    }
    return municipality;
  }

  public boolean isStripeAvailable() {
    return payoutAccounts.isAvailable();
  }

  /** Sends the staff member to Stripe's onboarding pages for the municipality's account. */
  public void connectStripe() {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              payoutAccounts
                  .onboardMunicipality(currentUser.require(Role.MUNICIPALITY))
                  .toString());
    } catch (BusinessException e) {
      formErrors.show("stripe", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Back from Stripe ({@code ?stripe=1}): ask how the account stands. */
  public void load() {
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("stripe")) {
      payoutAccounts.refreshMunicipality(currentUser.require(Role.MUNICIPALITY));
    }
  }
}
