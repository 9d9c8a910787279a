package org.koinagora.enterprises.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.enterprises.EnterpriseService;

/** The verification decisions an ADMIN takes at /admin, also as API calls. */
@Path("admin/enterprises/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminEnterpriseResource {

  /** Why an enterprise was rejected, told to its members. */
  public record Rejection(String reason) {}

  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;

  @POST
  @Path("verify")
  public Response verify(@PathParam("id") long id) {
    enterprises.verify(currentUser.require(Role.ADMIN), id);
    return Response.noContent().build();
  }

  @POST
  @Path("reject")
  public Response reject(@PathParam("id") long id, Rejection rejection) {
    enterprises.reject(
        currentUser.require(Role.ADMIN), id, rejection == null ? null : rejection.reason());
    return Response.noContent().build();
  }
}
