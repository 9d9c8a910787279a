package org.koinagora.fairs.rest;

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
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandCoExhibitor;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Language;

/**
 * Consortium stands, the invited side: the invited enterprise's members see their invitations
 * ({@code GET /api/v1/co-exhibitor-invitations}) and answer ({@code POST …/{id}/accept|decline}).
 * The booker's side is under {@link BookingResource}.
 */
@Path("co-exhibitor-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsortiumResource {

  /** {@code {"categoryId"}}: what the co-exhibitor exhibits (required with category quotas). */
  public record Acceptance(Long categoryId) {}

  /** One co-exhibitor of a booked stand, as its booker, itself and the organiser see it. */
  public record CoExhibitorView(
      long id,
      long bookingId,
      FairViews.FairRef fair,
      FairViews.StandRef stand,
      EnterpriseRef bookedBy,
      EnterpriseRef enterprise,
      FairViews.CategoryRef category,
      String status,
      Money share,
      Money fee,
      boolean feeDue) {}

  @Inject private Consortia consortia;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public List<CoExhibitorView> invitations() {
    return consortia.invitationsFor(currentUser.require()).stream()
        .map(co -> view(co, locale()))
        .toList();
  }

  @POST
  @Path("{id}/accept")
  public CoExhibitorView accept(@PathParam("id") long id, Acceptance body) {
    return view(
        consortia.accept(currentUser.require(), id, body == null ? null : body.categoryId()),
        locale());
  }

  @POST
  @Path("{id}/decline")
  public CoExhibitorView decline(@PathParam("id") long id) {
    return view(consortia.decline(currentUser.require(), id), locale());
  }

  static CoExhibitorView view(StandCoExhibitor co, Locale locale) {
    StandBooking booking = co.getBooking();
    return new CoExhibitorView(
        co.getId(),
        booking.getId(),
        new FairViews.FairRef(booking.getFair().getId(), booking.getFair().title(locale)),
        new FairViews.StandRef(booking.getStand().getId(), booking.getStand().getCode()),
        new EnterpriseRef(booking.getEnterprise().getId(), booking.getEnterprise().getName()),
        new EnterpriseRef(co.getEnterprise().getId(), co.getEnterprise().getName()),
        co.getCategory() == null
            ? null
            : new FairViews.CategoryRef(co.getCategory().getId(), co.getCategory().label(locale)),
        co.getStatus().name(),
        co.getShare(),
        co.getFee(),
        co.isFeeDue());
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
