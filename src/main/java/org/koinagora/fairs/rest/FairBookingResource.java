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
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.StandRequest;
import org.koinagora.shared.i18n.Language;

/**
 * {@code POST /api/v1/fairs/{id}/bookings}: an enterprise member books (or applies for) a stand.
 */
@Path("fairs/{id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairBookingResource {

  /**
   * {@code {"standId", "enterprise" (when the member has several), "categoryId" (required when the
   * fair has category quotas), "note" (applications)}}.
   */
  public record BookingRequest(Long standId, Long enterprise, Long categoryId, String note) {}

  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  public Response book(@PathParam("id") long fairId, BookingRequest body) {
    var member = currentUser.require();
    var booking =
        bookings.book(
            member,
            fairId,
            body == null
                ? new StandRequest(null, null, null, null)
                : new StandRequest(
                    body.enterprise(), body.standId(), body.categoryId(), body.note()));
    return Response.status(201)
        .entity(FairViews.booking(booking, Language.of(request).locale()))
        .build();
  }
}
