package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.organisations.AdviceDesk;
import org.koinagora.shared.i18n.Language;

/**
 * A thread of advice, for the centre's staff and for its requester: signed in, or holding the
 * private link's token (header {@code X-Advice-Token}).
 */
@Path("advice-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdviceRequestResource {

  static final String TOKEN_HEADER = "X-Advice-Token";

  @Inject private AdviceDesk desk;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  @Path("{id}")
  public AdviceViews.Detail one(@PathParam("id") long id, @HeaderParam(TOKEN_HEADER) String token) {
    var thread = desk.read(id, token, currentUser.get().orElse(null));
    return AdviceViews.detail(thread.request(), Language.of(request).locale());
  }

  /** A message from the reader's side (201 with it); 409 once the centre closed the thread. */
  @POST
  @Path("{id}/messages")
  public Response write(
      @PathParam("id") long id,
      @HeaderParam(TOKEN_HEADER) String token,
      AdviceViews.NewMessage body) {
    var message =
        desk.write(
            id,
            token,
            currentUser.get().orElse(null),
            body == null ? null : body.body(),
            ClientAddress.of(request));
    return Response.status(201).entity(AdviceViews.message(message)).build();
  }
}
