package org.koinagora.calls.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.calls.EligibilityService;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.shared.NotFoundException;

/**
 * {@code /api/v1/enterprises/{id}/eligibility}: an enterprise's facts for reserved contracts (kind
 * of Κοιν.Σ.Επ., ΓΕΜΚΟ number, dated share of disadvantaged workers); public for verified
 * enterprises, written by members.
 */
@Path("enterprises/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityResource {

  @Inject private EligibilityService service;
  @Inject private EnterpriseDirectory directory;
  @Inject private CurrentUser currentUser;

  @GET
  public CallViews.FactsView read(@PathParam("id") long id) {
    Enterprise enterprise = directory.publicOne(id).orElseThrow(NotFoundException::new);
    return CallViews.facts(enterprise.getId(), service.of(id));
  }

  @PUT
  public CallViews.FactsView declare(@PathParam("id") long id, CallViews.FactsBody body) {
    return CallViews.facts(id, service.declare(currentUser.require(), id, CallViews.facts(body)));
  }
}
