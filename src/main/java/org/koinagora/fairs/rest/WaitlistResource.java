package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.StandRequest;
import org.koinagora.shared.i18n.Language;

/** {@code POST /api/v1/fairs/{id}/waitlist}: an enterprise joins the line for a full fair. */
@Path("fairs/{id}/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaitlistResource {

  /**
   * {@code {"enterprise"}} when the member has several, {@code "categoryId"} when the fair has
   * category quotas.
   */
  public record JoinRequest(Long enterprise, Long categoryId) {}

  /** The place in line: 1 is the next to be offered a stand. */
  public record Place(
      long id, FairViews.FairRef fair, EnterpriseRef enterprise, String status, long position) {}

  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  public Response join(@PathParam("id") long fairId, JoinRequest body) {
    var entry =
        bookings.joinWaitlist(
            currentUser.require(),
            fairId,
            body == null
                ? StandRequest.forWaitlist(null, null)
                : StandRequest.forWaitlist(body.enterprise(), body.categoryId()));
    var place =
        new Place(
            entry.getId(),
            new FairViews.FairRef(fairId, entry.getFair().title(Language.of(request).locale())),
            new EnterpriseRef(entry.getEnterprise().getId(), entry.getEnterprise().getName()),
            entry.getStatus().name(),
            bookings.placeInLine(entry));
    return Response.status(201).entity(place).build();
  }
}
