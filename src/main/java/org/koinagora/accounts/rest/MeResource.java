package org.koinagora.accounts.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.koinagora.accounts.ApiTokenService;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.PersonalData;
import org.koinagora.enterprises.EnterpriseArchive;
import org.koinagora.organisations.OrganisationArchive;

/** The caller's own account: who they are, their data, their tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private CurrentUser currentUser;
  @Inject private ApiTokenService tokens;
  @Inject private PersonalData personalData;
  @Inject private EnterpriseArchive archives;
  @Inject private OrganisationArchive organisationArchives;

  @GET
  public MeView me() {
    return MeView.of(currentUser.require());
  }

  /**
   * The caller's personal data (JSON); with {@code ?enterprise=}, the whole archive (zip) of an
   * enterprise the caller is a member of; with {@code ?organisation=}, the archive of the fairs of
   * an organisation the caller is staff of.
   */
  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "application/zip"})
  public Response export(
      @QueryParam("enterprise") Long enterprise, @QueryParam("organisation") Long organisation) {
    var user = currentUser.require();
    if (organisation != null) {
      return Response.ok(organisationArchives.of(user, organisation), "application/zip")
          .header(
              "Content-Disposition",
              "attachment; filename=\"koinagora-organisation-" + organisation + "-fairs.zip\"")
          .build();
    }
    if (enterprise != null) {
      return Response.ok(archives.of(user, enterprise), "application/zip")
          .header(
              "Content-Disposition",
              "attachment; filename=\"koinagora-enterprise-" + enterprise + ".zip\"")
          .build();
    }
    return Response.ok(personalData.exportJson(user.id()), MediaType.APPLICATION_JSON)
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
