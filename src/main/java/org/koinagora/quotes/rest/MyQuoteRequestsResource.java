package org.koinagora.quotes.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.quotes.QuoteAttachments;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteDraft;
import org.koinagora.shared.InvalidInputException;

/**
 * The caller's requests for a quote, both sides (as buyer, and as member of an enterprise asked),
 * and the enterprise's quotes.
 */
@Path("me/quote-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyQuoteRequestsResource {

  /** A line as typed: quantity and unit price are decimals given as strings or numbers. */
  public record LineBody(
      String description,
      BigDecimal quantity,
      String unit,
      BigDecimal unitPrice,
      Integer vatRate) {}

  public record QuoteBody(
      List<LineBody> lines, String validUntil, String note, Long enterpriseId) {}

  @Inject private QuoteDesk desk;
  @Inject private QuoteAttachments attachments;
  @Inject private CurrentUser currentUser;

  @GET
  public List<QuoteViews.RequestView> mine() {
    return desk.mine(currentUser.require()).stream()
        .map(view -> QuoteViews.request(view, attachments.visible(view)))
        .toList();
  }

  @GET
  @Path("{id}")
  public QuoteViews.RequestView one(@PathParam("id") long id) {
    var view = desk.read(currentUser.require(), id);
    return QuoteViews.request(view, attachments.visible(view));
  }

  @POST
  @Path("{id}/quotes")
  public Response quote(@PathParam("id") long id, QuoteBody body) {
    var user = currentUser.require();
    if (body == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    List<QuoteDraft.Line> lines = null;
    if (body.lines() != null) {
      lines = new ArrayList<>();
      for (LineBody line : body.lines()) {
        lines.add(
            line == null
                ? null
                : new QuoteDraft.Line(
                    line.description(),
                    line.quantity(),
                    line.unit(),
                    line.unitPrice(),
                    line.vatRate()));
      }
    }
    var quote =
        desk.send(
            user,
            id,
            body.enterpriseId(),
            new QuoteDraft(lines, day(body.validUntil()), body.note()));
    return Response.created(URI.create("/api/v1/me/quote-requests/" + id))
        .entity(QuoteViews.quote(quote, LocalDate.now(QuoteDesk.ATHENS)))
        .build();
  }

  private static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("validUntil", "quotes.valid_until.invalid");
    }
  }
}
