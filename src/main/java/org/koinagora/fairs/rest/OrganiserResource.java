package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.BookingStatus;
import org.koinagora.fairs.CategoryQuotas;
import org.koinagora.fairs.Consortia;
import org.koinagora.fairs.ExhibitorCsv;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairCancellation;
import org.koinagora.fairs.FairDetails;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.Lottery;
import org.koinagora.fairs.StandChange;
import org.koinagora.fairs.StandRow;
import org.koinagora.shared.i18n.Language;

/**
 * An organisation's staff manage the fairs it leads or co-organises (403 for anyone else; some
 * actions are the lead's alone).
 */
@Path("organiser")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganiserResource {

  /** Why an application was turned down. */
  public record Rejection(String reason) {}

  /** Why a fair is called off; told to every exhibitor. */
  public record Cancellation(String reason) {}

  /** The organisation that joins a fair's organisers. */
  public record CoOrganiser(Long organisationId) {}

  /** The fair's category quotas, all of them: {@code {"quotas":[{"categoryId","max"}]}}. */
  public record QuotaChange(List<CategoryQuotas.Choice> quotas) {}

  /** Social pricing: the lower fee (0 waives it) and why. */
  public record FeeChange(BigDecimal fee, String reason) {}

  @Inject private FairService fairs;
  @Inject private BookingService bookings;
  @Inject private Consortia consortia;
  @Inject private FairDirectory directory;
  @Inject private FairCancellation cancellations;
  @Inject private Lottery lottery;
  @Inject private CategoryQuotas quotas;
  @Inject private FairDocuments documents;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  @Path("fairs")
  public Response create(FairDetails details) {
    var fair = fairs.create(staff(), details);
    return Response.status(201)
        .entity(FairViews.detail(fair, Set.of(), List.of(), locale()))
        .build();
  }

  @PUT
  @Path("fairs/{id}")
  public FairViews.FairDetail update(@PathParam("id") long id, FairDetails details) {
    var fair = fairs.update(staff(), id, details);
    return detail(fair);
  }

  @POST
  @Path("fairs/{id}/stands")
  public FairViews.FairDetail addRow(@PathParam("id") long id, StandRow row) {
    fairs.addRow(staff(), id, row);
    return detail(fairs.organisedBy(staff(), id));
  }

  @POST
  @Path("fairs/{id}/publish")
  public FairViews.FairDetail publish(@PathParam("id") long id) {
    var fair = fairs.publish(staff(), id);
    return detail(fair);
  }

  @POST
  @Path("fairs/{id}/close")
  public FairViews.FairDetail close(@PathParam("id") long id) {
    var fair = fairs.close(staff(), id);
    return detail(fair);
  }

  @POST
  @Path("fairs/{id}/cancel")
  public FairViews.FairDetail cancel(@PathParam("id") long id, Cancellation cancellation) {
    var fair =
        cancellations.cancel(staff(), id, cancellation == null ? null : cancellation.reason());
    return detail(fair);
  }

  /** Any organiser's staff add a co-organiser (409 if it organises the fair already). */
  @POST
  @Path("fairs/{id}/co-organisers")
  public FairViews.FairDetail addCoOrganiser(@PathParam("id") long id, CoOrganiser coOrganiser) {
    var fair =
        fairs.addCoOrganiser(
            staff(), id, coOrganiser == null ? null : coOrganiser.organisationId());
    return detail(fair);
  }

  /** Only the lead organiser's staff remove a co-organiser (403 for a co-organiser's). */
  @DELETE
  @Path("fairs/{id}/co-organisers/{organisationId}")
  public FairViews.FairDetail removeCoOrganiser(
      @PathParam("id") long id, @PathParam("organisationId") long organisationId) {
    return detail(fairs.removeCoOrganiser(staff(), id, organisationId));
  }

  /** Draws the published lottery of an APPLICATION fair, once, after its booking window closed. */
  /** Replaces the fair's category quotas (an empty list ends them); any organiser's staff. */
  @PUT
  @Path("fairs/{id}/category-quotas")
  public FairViews.FairDetail setQuotas(@PathParam("id") long id, QuotaChange change) {
    quotas.set(staff(), id, change == null ? null : change.quotas());
    return detail(fairs.organisedBy(staff(), id));
  }

  @POST
  @Path("fairs/{id}/lottery")
  public FairViews.LotteryView drawLottery(@PathParam("id") long id) {
    return FairViews.lottery(lottery.draw(staff(), id), locale());
  }

  @PUT
  @Path("stands/{id}")
  public FairViews.StandItem changeStand(@PathParam("id") long id, StandChange change) {
    var stand = fairs.changeStand(staff(), id, change);
    return FairViews.stand(
        stand, !directory.takenStands(stand.getFair().getId()).contains(stand.getId()));
  }

  @DELETE
  @Path("stands/{id}")
  public Response deleteStand(@PathParam("id") long id) {
    fairs.deleteStand(staff(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("fairs/{id}/bookings")
  public List<FairViews.BookingView> bookings(@PathParam("id") long id) {
    return bookings.ofFair(staff(), id).stream()
        .map(booking -> FairViews.booking(booking, locale()))
        .toList();
  }

  /** Bookings and applications with their payment state, for a spreadsheet. */
  @GET
  @Path("fairs/{id}/exhibitors.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response exhibitorsCsv(@PathParam("id") long id) {
    var list =
        bookings.ofFair(staff(), id).stream()
            .filter(booking -> BookingStatus.COUNTED.contains(booking.getStatus()))
            .toList();
    var fair = fairs.organisedBy(staff(), id);
    return Response.ok(ExhibitorCsv.of(fair, list, locale()))
        .header("Content-Disposition", "attachment; filename=\"exhibitors-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("fairs/{id}/exhibitors.pdf")
  @Produces("application/pdf")
  public Response exhibitorsPdf(@PathParam("id") long id) {
    var staff = staff();
    var list =
        bookings.ofFair(staff, id).stream()
            .filter(booking -> BookingStatus.COUNTED.contains(booking.getStatus()))
            .sorted(Comparator.comparing(booking -> booking.getStand().getCode()))
            .toList();
    return Response.ok(documents.exhibitorList(fairs.organisedBy(staff, id), list, locale()))
        .header("Content-Disposition", "attachment; filename=\"exhibitors-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("bookings/{id}/fee")
  public FairViews.BookingView adjustFee(@PathParam("id") long id, FeeChange change) {
    return FairViews.booking(
        bookings.adjustFee(
            staff(),
            id,
            change == null ? null : change.fee(),
            change == null ? null : change.reason()),
        locale());
  }

  @POST
  @Path("bookings/{id}/check-in")
  public FairViews.BookingView checkIn(@PathParam("id") long id) {
    return FairViews.booking(bookings.checkIn(staff(), id), locale());
  }

  @POST
  @Path("bookings/{id}/approve")
  public FairViews.BookingView approve(@PathParam("id") long id) {
    return FairViews.booking(bookings.approve(staff(), id), locale());
  }

  @POST
  @Path("bookings/{id}/reject")
  public FairViews.BookingView reject(@PathParam("id") long id, Rejection rejection) {
    return FairViews.booking(
        bookings.reject(staff(), id, rejection == null ? null : rejection.reason()), locale());
  }

  @POST
  @Path("bookings/{id}/paid")
  public FairViews.BookingView paid(@PathParam("id") long id) {
    return FairViews.booking(bookings.markPaid(staff(), id), locale());
  }

  /** A co-exhibitor's part of the fee recorded as received (a consortium stand). */
  @POST
  @Path("co-exhibitors/{id}/paid")
  public ConsortiumResource.CoExhibitorView coExhibitorPaid(@PathParam("id") long id) {
    return ConsortiumResource.view(consortia.markPaid(staff(), id), locale());
  }

  /** A co-exhibitor's part of the fee lowered or waived, with the reason. */
  @POST
  @Path("co-exhibitors/{id}/fee")
  public ConsortiumResource.CoExhibitorView coExhibitorFee(
      @PathParam("id") long id, FeeChange change) {
    return ConsortiumResource.view(
        consortia.adjustFee(
            staff(),
            id,
            change == null ? null : change.fee(),
            change == null ? null : change.reason()),
        locale());
  }

  /** The fair as its organiser sees it, with the stands taken so far. */
  private FairViews.FairDetail detail(Fair fair) {
    return FairViews.detail(
        fair, directory.takenStands(fair.getId()), quotas.of(fair.getId()), locale());
  }

  /** The signed-in municipality staff member (403 for anyone else). */
  private SignedInUser staff() {
    return currentUser.require(Role.MUNICIPALITY);
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
