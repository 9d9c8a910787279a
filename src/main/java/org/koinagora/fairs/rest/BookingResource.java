package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeePayments;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/bookings/{id}}: a member cancels their enterprise's booking, accepts an offer,
 * prints the pass.
 */
@Path("bookings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Inject private FairDocuments documents;
  @Inject private StandFeePayments feePayments;
  @Inject private Consortia consortia;
  @PersistenceContext private EntityManager em;

  /** {@code {"enterpriseId", "share"}}: share omitted for an even split. */
  public record CoExhibitorInvitation(Long enterpriseId, BigDecimal share) {}

  /** Where to pay the fee by card. */
  public record PaymentPage(String paymentUrl) {}

  @Context private HttpServletRequest request;

  @DELETE
  public FairViews.BookingView cancel(@PathParam("id") long id) {
    return FairViews.booking(
        bookings.cancel(currentUser.require(), id), Language.of(request).locale());
  }

  /** Takes a free-of-charge stand offered from the waitlist (a paid one is taken by paying). */
  @POST
  @Path("accept")
  public FairViews.BookingView accept(@PathParam("id") long id) {
    return FairViews.booking(
        bookings.accept(currentUser.require(), id), Language.of(request).locale());
  }

  /**
   * Opens Stripe's page for the fee of a booking awaiting payment; the booking is confirmed by the
   * webhook.
   */
  @POST
  @Path("pay")
  public PaymentPage pay(@PathParam("id") long id) {
    return new PaymentPage(feePayments.payByCard(currentUser.require(), id).toString());
  }

  /**
   * The exhibitor's pass with the stand's QR code, for a confirmed booking (its enterprise's
   * members and the organiser).
   */
  @GET
  @Path("pass.pdf")
  @Produces("application/pdf")
  public Response pass(@PathParam("id") long id) {
    var booking = bookings.passFor(currentUser.require(), id);
    return Response.ok(documents.pass(booking, Language.of(request).locale()))
        .header(
            "Content-Disposition",
            "inline; filename=\"pass-"
                + booking.getFair().getId()
                + "-"
                + booking.getStand().getCode()
                + ".pdf\"")
        .build();
  }

  /**
   * The booker invites an enterprise to share the stand (a consortium stand, at most two others).
   */
  @POST
  @Path("co-exhibitors")
  public Response invite(@PathParam("id") long bookingId, CoExhibitorInvitation body) {
    var invited =
        consortia.invite(
            currentUser.require(),
            bookingId,
            body == null ? null : body.enterpriseId(),
            body == null ? null : body.share());
    return Response.status(201).entity(ConsortiumResource.view(invited, locale())).build();
  }

  @GET
  @Path("co-exhibitors")
  public List<ConsortiumResource.CoExhibitorView> ofBooking(@PathParam("id") long bookingId) {
    StandBooking booking = em.find(StandBooking.class, bookingId);
    if (booking == null) {
      throw new NotFoundException();
    }
    long user = currentUser.require().id();
    if (!booking.getEnterprise().hasMember(user) && !booking.getFair().isManagedBy(user)) {
      throw new AccessDeniedException();
    }
    return consortia.of(booking).stream().map(co -> ConsortiumResource.view(co, locale())).toList();
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
