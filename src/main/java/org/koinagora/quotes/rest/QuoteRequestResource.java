package org.koinagora.quotes.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.quotes.BuyerKind;
import org.koinagora.quotes.QuoteAttachments;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteQuestion;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.documents.DocumentDownload;
import org.koinagora.shared.documents.DocumentUpload;
import org.koinagora.shared.i18n.Language;

/**
 * {@code POST /api/v1/quote-requests} (a signed-in buyer, or a guest giving an email) and the
 * messages of a request's threads, as issue 15 gives them.
 */
@Path("quote-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteRequestResource {

  /** Who asks; {@code reference} is a public body's own (e.g. the decision's ΑΔΑ). */
  public record BuyerBody(
      String kind, String name, String afm, String doy, String address, String reference) {}

  public record RequestBody(
      Long listingId,
      List<Long> enterpriseIds,
      String category,
      String region,
      String description,
      String where,
      String when,
      String quantity,
      String budget,
      BuyerBody buyer,
      String email) {}

  public record MessageBody(String text, Long enterpriseId) {}

  @Inject private QuoteDesk desk;
  @Inject private QuoteAttachments attachments;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  public Response ask(RequestBody body) {
    if (body == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    BuyerBody buyer =
        body.buyer() == null ? new BuyerBody(null, null, null, null, null, null) : body.buyer();
    var asked =
        desk.ask(
            currentUser.get(),
            new QuoteQuestion(
                body.listingId(),
                body.enterpriseIds(),
                body.category(),
                body.region(),
                body.description(),
                body.where(),
                body.when(),
                body.quantity(),
                budget(body.budget()),
                kind(buyer.kind()),
                buyer.name(),
                buyer.afm(),
                buyer.doy(),
                buyer.address(),
                buyer.reference(),
                body.email()),
            locale(),
            ClientAddress.of(request));
    return Response.created(URI.create("/api/v1/me/quote-requests/" + asked.getId()))
        .entity(QuoteViews.created(asked))
        .build();
  }

  @POST
  @Path("{id}/messages")
  public Response write(@PathParam("id") long id, MessageBody body) {
    var user = currentUser.require();
    if (body == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    var message = desk.write(user, id, body.enterpriseId(), body.text());
    return Response.status(201).entity(QuoteViews.message(message)).build();
  }

  /**
   * Adds a document (PDF or picture, at most 5 MB; the body is the file, {@code name} its name):
   * the buyer's to every enterprise asked, or to {@code enterpriseId}'s thread; an enterprise's to
   * its own thread.
   */
  @POST
  @Path("{id}/attachments")
  @Consumes({"application/pdf", "image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @QueryParam("enterpriseId") Long enterpriseId,
      InputStream body)
      throws IOException {
    var user = currentUser.require();
    var attachment =
        attachments.attach(
            user, id, enterpriseId, DocumentUpload.check(name, DocumentUpload.read(body)));
    var view = QuoteViews.attachment(attachment.info());
    return Response.created(URI.create(view.url())).entity(view).build();
  }

  /** One document, to the two sides of its thread only (404 to anyone else). */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces({"application/pdf", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response attachment(
      @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    return DocumentDownload.of(attachments.open(currentUser.require(), id, attachmentId));
  }

  static BuyerKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return BuyerKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("buyer.kind", "quotes.buyer.kind.required");
    }
  }

  static BigDecimal budget(String budget) {
    if (budget == null || budget.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(budget.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("budget", "quotes.budget.invalid");
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
