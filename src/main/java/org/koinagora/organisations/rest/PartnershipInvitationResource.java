package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.PartnershipMember;
import org.koinagora.organisations.Partnerships;
import org.koinagora.shared.i18n.Language;

/**
 * Invitations into partnerships, as the invited organisations' staff and enterprises' members see
 * and answer them.
 */
@Path("partnership-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipInvitationResource {

  @Inject private Partnerships partnerships;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  /** The invitations waiting for the caller's organisations and enterprises. */
  @GET
  public List<OrganisationViews.Membership> mine() {
    return partnerships.invitationsFor(currentUser.require()).stream().map(this::view).toList();
  }

  @POST
  @Path("{id}/accept")
  public OrganisationViews.Membership accept(@PathParam("id") long id) {
    return view(partnerships.decide(currentUser.require(), id, true));
  }

  @POST
  @Path("{id}/decline")
  public OrganisationViews.Membership decline(@PathParam("id") long id) {
    return view(partnerships.decide(currentUser.require(), id, false));
  }

  private OrganisationViews.Membership view(PartnershipMember membership) {
    return OrganisationViews.membership(
        membership, partnerships.nameOf(membership, locale()), locale());
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
