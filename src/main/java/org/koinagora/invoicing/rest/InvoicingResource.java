package org.koinagora.invoicing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.invoicing.Channel;
import org.koinagora.invoicing.InvoicingSettings;
import org.koinagora.invoicing.InvoicingSettingsService;
import org.koinagora.invoicing.SalesDocument;
import org.koinagora.invoicing.SalesDocuments;
import org.koinagora.invoicing.VatRegime;
import org.koinagora.shared.InvalidInputException;

/**
 * An enterprise's invoicing ({@code /api/v1/me/invoicing?enterprise=}): its settings, its documents
 * with their myDATA state, sending one again, and linking a document issued elsewhere to an order
 * part.
 */
@Path("me/invoicing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicingResource {

  /** The settings; the subscription key is never returned, only whether one is stored. */
  public record SettingsJson(
      String vatRegime, String channel, String myDataUser, String myDataKey, Boolean hasMyDataKey) {

    static SettingsJson of(InvoicingSettings settings) {
      return new SettingsJson(
          settings.getVatRegime().name(),
          settings.getChannel().name(),
          settings.getMyDataUser(),
          null,
          settings.hasMyDataKey());
    }
  }

  /** A document as its enterprise follows it. */
  public record DocumentJson(
      long id,
      long partId,
      long orderId,
      String kind,
      String series,
      long number,
      Instant issuedAt,
      String total,
      String myData,
      Long mark,
      String error,
      String url) {

    static DocumentJson of(SalesDocument d) {
      return new DocumentJson(
          d.getId(),
          d.getPart().getId(),
          d.getPart().getOrder().getId(),
          d.getKind().name(),
          d.getSeries(),
          d.getNumber(),
          d.getIssuedAt(),
          d.getGrossTotal().getAmount(),
          d.getMyDataStatus().name(),
          d.getMark(),
          d.getLastError(),
          SalesDocuments.url(d, false));
    }
  }

  /** A link to a document issued with the enterprise's own provider. */
  public record OwnDocument(String url) {}

  @Inject private InvoicingSettingsService settings;
  @Inject private SalesDocuments documents;
  @Inject private CurrentUser currentUser;

  @GET
  public SettingsJson get(@QueryParam("enterprise") Long enterprise) {
    return SettingsJson.of(settings.of(currentUser.require(), required(enterprise)));
  }

  @PUT
  public SettingsJson set(@QueryParam("enterprise") Long enterprise, SettingsJson body) {
    var user = currentUser.require();
    if (body == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    return SettingsJson.of(
        settings.set(
            user,
            required(enterprise),
            parse(VatRegime.class, body.vatRegime(), "vatRegime"),
            parse(Channel.class, body.channel(), "channel"),
            body.myDataUser(),
            body.myDataKey()));
  }

  @GET
  @Path("documents")
  public List<DocumentJson> documents(@QueryParam("enterprise") Long enterprise) {
    return documents.ofEnterprise(currentUser.require(), required(enterprise)).stream()
        .map(DocumentJson::of)
        .toList();
  }

  /** Sends a document myDATA refused again. */
  @POST
  @Path("documents/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    documents.retry(currentUser.require(), id);
    return Response.noContent().build();
  }

  /** Links the document an enterprise issued with its own provider to an order part. */
  @PUT
  @Path("parts/{part}/document")
  public DocumentJson linkOwn(@PathParam("part") long part, OwnDocument body) {
    var user = currentUser.require();
    return DocumentJson.of(documents.linkOwn(user, part, body == null ? null : body.url()));
  }

  private static long required(Long enterprise) {
    if (enterprise == null) {
      throw new InvalidInputException("enterprise", "delivery.enterprise.required");
    }
    return enterprise;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "invoicing." + field + ".invalid");
    }
  }
}
