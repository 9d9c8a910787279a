package org.koinagora.accounts.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.koinagora.accounts.ApiTokenService;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.PersonalData;

/** The caller's own account: who they are, their data, their tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;
  @Inject private ApiTokenService tokens;
  @Inject private PersonalData personalData;

  @GET
  public MeView me() {
    return MeView.of(currentUser.require());
  }

  @GET
  @Path("export")
  public Response export() {
    var user = currentUser.require();
    return Response.ok(personalData.exportJson(user.id()))
        .header("Content-Disposition", "attachment; filename=\"koinagora-my-data.json\"")
        .build();
  }

  @GET
  @Path("tokens")
  public List<TokenView> tokens() {
    return tokens.activeTokensOf(currentUser.require().id()).stream().map(TokenView::of).toList();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(currentUser.require().id(), id);
    return Response.noContent().build();
  }
}
