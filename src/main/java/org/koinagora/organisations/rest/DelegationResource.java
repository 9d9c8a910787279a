package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.Delegation;
import org.koinagora.organisations.Delegations;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/me/enterprises/{id}/delegations}: an enterprise's members grant a support centre
 * delegated access, list and revoke their grants, and read the log of what was done under them.
 */
@Path("me/enterprises/{enterprise}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {

  @Inject private Delegations delegations;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public List<DelegationViews.View> list(@PathParam("enterprise") long enterprise) {
    return delegations.ofEnterprise(currentUser.require(), enterprise).stream()
        .map(this::view)
        .toList();
  }

  /** 201 with the new grant, or 200 with the open one now running to the new day. */
  @POST
  public Response grant(@PathParam("enterprise") long enterprise, DelegationViews.Grant body) {
    var granted =
        delegations.grant(
            currentUser.require(),
            enterprise,
            body == null ? null : body.organisationId(),
            body == null ? null : body.until());
    long id = granted.delegation().getId();
    return Response.status(granted.extended() ? 200 : 201)
        .location(URI.create("/api/v1/me/enterprises/" + enterprise + "/delegations/" + id))
        .entity(view(granted.delegation()))
        .build();
  }

  /** Revokes the grant at once (409 when it was revoked already). */
  @DELETE
  @Path("{delegation}")
  public DelegationViews.View revoke(
      @PathParam("enterprise") long enterprise, @PathParam("delegation") long delegation) {
    return view(delegations.revoke(currentUser.require(), enterprise, delegation));
  }

  /** The newest 200 lines of the log, newest first. */
  @GET
  @Path("log")
  public List<DelegationViews.Action> log(@PathParam("enterprise") long enterprise) {
    return delegations.log(currentUser.require(), enterprise).stream()
        .map(action -> DelegationViews.action(action, locale()))
        .toList();
  }

  private DelegationViews.View view(Delegation d) {
    return DelegationViews.view(
        d, delegations.nameOf(d.getGrantedBy()), delegations.nameOf(d.getRevokedBy()), locale());
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
