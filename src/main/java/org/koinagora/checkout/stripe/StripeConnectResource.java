package org.koinagora.checkout.stripe;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;

/**
 * Connect onboarding links for an enterprise's members and a municipality's staff, and the admin's
 * reconciliation.
 */
@Path("payments/stripe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StripeConnectResource {

  /** Where to send the person: Stripe's onboarding pages. */
  public record Onboarding(String url) {}

  /** How many missed events were acted on. */
  public record Reconciled(int caughtUp) {}

  @Inject private StripeConnect connect;
  @Inject private StripeReconciliation reconciliation;
  @Inject private CurrentUser currentUser;

  @POST
  @Path("enterprises/{id}/onboarding")
  public Onboarding enterprise(@PathParam("id") long enterpriseId) {
    return new Onboarding(
        connect.onboardEnterprise(currentUser.require(), enterpriseId).toString());
  }

  @POST
  @Path("municipality/onboarding")
  public Onboarding municipality() {
    return new Onboarding(
        connect.onboardMunicipality(currentUser.require(Role.MUNICIPALITY)).toString());
  }

  @POST
  @Path("reconcile")
  public Reconciled reconcile() {
    currentUser.require(Role.ADMIN);
    return new Reconciled(reconciliation.reconcile());
  }
}
