package org.koinagora.calls.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.calls.CallDocuments;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.documents.DocumentDownload;
import org.koinagora.shared.documents.DocumentInfo;
import org.koinagora.shared.documents.DocumentUpload;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/me/offers}: the offers of the caller's enterprises (and the joint offers naming
 * them), withdrawal, and a partner's acceptance.
 */
@Path("me/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyOffersResource {

  @Inject private Offers offers;
  @Inject private CallDocuments documents;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public CallViews.OfferList mine() {
    var locale = Language.of(request).locale();
    List<CallViews.OfferView> items =
        offers.mine(currentUser.require()).stream()
            .map(
                o ->
                    CallViews.offer(
                        o,
                        documents.ofOffer(o.offer(), CallDocuments.ownUrl(o.offer())),
                        this::name,
                        locale))
            .toList();
    return new CallViews.OfferList(items.size(), items);
  }

  /** Withdraws the offer before the deadline (200 with it, status WITHDRAWN). */
  @DELETE
  @Path("{id}")
  public CallViews.OfferView withdraw(@PathParam("id") long id) {
    var offer = offers.withdraw(currentUser.require(), id);
    return CallViews.offer(
        new Offers.Opened(offer, null),
        documents.ofOffer(offer, CallDocuments.ownUrl(offer)),
        this::name,
        Language.of(request).locale());
  }

  /** A named partner accepts the joint offer for its enterprise. */
  @POST
  @Path("{id}/accept")
  public CallViews.OfferView accept(
      @PathParam("id") long id, @QueryParam("enterprise") Long enterprise) {
    var offer = offers.accept(currentUser.require(), id, enterprise);
    return CallViews.offer(
        new Offers.Opened(offer, null),
        documents.ofOffer(offer, CallDocuments.ownUrl(offer)),
        this::name,
        Language.of(request).locale());
  }

  /** Adds a sealed document to the enterprise's offer, until the deadline: 201. */
  @POST
  @Path("{id}/documents")
  @Consumes({"application/pdf", "image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response addDocument(
      @PathParam("id") long id, @QueryParam("name") String name, InputStream body)
      throws IOException {
    var user = currentUser.require();
    DocumentInfo added =
        documents.addToOffer(user, id, DocumentUpload.check(name, DocumentUpload.read(body)));
    return Response.created(URI.create(added.url())).entity(added).build();
  }

  /** Removes a document from the enterprise's offer, until the deadline: 204. */
  @DELETE
  @Path("{id}/documents/{document}")
  public Response removeDocument(@PathParam("id") long id, @PathParam("document") long document) {
    documents.removeFromOffer(currentUser.require(), id, document);
    return Response.noContent().build();
  }

  /** An offer's document, for its enterprise and partners (404 for anyone else). */
  @GET
  @Path("{id}/documents/{document}")
  @Produces({"application/pdf", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") long id, @PathParam("document") long document) {
    return DocumentDownload.of(documents.ownOfferDocument(currentUser.require(), id, document));
  }

  private String name(long enterpriseId) {
    Enterprise enterprise = offers.enterprise(enterpriseId);
    return enterprise == null ? null : enterprise.getName();
  }
}
