package org.koinagora.services.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.services.AvailabilityService;
import org.koinagora.shared.NotFoundException;

/** {@code /api/v1/me/listings/{id}/availability}: a service made bookable by time slot. */
@Path("me/listings/{id}/availability")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  @Inject private AvailabilityService availability;
  @Inject private CurrentUser currentUser;

  @GET
  public AvailabilityJson get(@PathParam("id") long id) {
    return availability
        .of(currentUser.require(), id)
        .map(found -> AvailabilityJson.of(found.draft()))
        .orElseThrow(NotFoundException::new);
  }

  @PUT
  public AvailabilityJson set(@PathParam("id") long id, AvailabilityJson body) {
    var user = currentUser.require();
    return AvailabilityJson.of(availability.set(user, id, AvailabilityJson.draft(body)).draft());
  }

  /** The service is no longer booked by slot; bookings made stay. */
  @DELETE
  public Response stop(@PathParam("id") long id) {
    availability.stop(currentUser.require(), id);
    return Response.noContent().build();
  }
}
