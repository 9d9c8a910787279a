package org.koinagora.calls.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.calls.AwardTerms;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDocuments;
import org.koinagora.calls.Calls;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.Links;
import org.koinagora.shared.documents.DocumentDownload;
import org.koinagora.shared.documents.DocumentInfo;
import org.koinagora.shared.documents.DocumentUpload;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/organiser/calls}: an organisation's staff write, publish, answer, and — only after
 * the offer deadline — read the offers and award or cancel. Before the deadline every answer here
 * holds the number of offers and nothing of them.
 */
@Path("organiser/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganiserCallResource {

  @Inject private Calls calls;
  @Inject private Offers offers;
  @Inject private CallDocuments documents;
  @Inject private CurrentUser currentUser;
  @Inject private Links links;
  @Context private HttpServletRequest request;

  @GET
  public List<CallViews.CallView> mine() {
    return calls.ofStaff(currentUser.require()).stream().map(this::view).toList();
  }

  /** A draft call (201). */
  @POST
  public Response create(CallViews.CallBody body) {
    SignedInUser staff = currentUser.require();
    Call call =
        calls.create(staff, body == null ? null : body.organisationId(), CallViews.draft(body));
    return Response.status(201).entity(view(call)).build();
  }

  @GET
  @Path("{id}")
  public CallViews.StaffCall one(@PathParam("id") long id) {
    SignedInUser staff = currentUser.require();
    Call call = calls.managed(staff, id, false);
    return new CallViews.StaffCall(
        view(call),
        calls.allQuestions(staff, id).stream().map(CallViews::question).toList(),
        call.getAwardOrderId());
  }

  @PUT
  @Path("{id}")
  public CallViews.CallView edit(@PathParam("id") long id, CallViews.CallBody body) {
    return view(calls.edit(currentUser.require(), id, CallViews.draft(body)));
  }

  /** Opens the call and mails the enterprises it is for. */
  @POST
  @Path("{id}/publish")
  public CallViews.CallView publish(@PathParam("id") long id) {
    return view(calls.publish(currentUser.require(), id));
  }

  @POST
  @Path("{id}/cancel")
  public CallViews.CallView cancel(@PathParam("id") long id, CallViews.CancelBody body) {
    return view(calls.cancel(currentUser.require(), id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/questions/{question}/answer")
  public CallViews.Question answer(
      @PathParam("id") long id, @PathParam("question") long question, CallViews.AnswerBody body) {
    return CallViews.question(
        calls.answer(currentUser.require(), id, question, body == null ? null : body.answer()));
  }

  /** Every standing offer, cheapest first; 409 while they are sealed (before the deadline). */
  @GET
  @Path("{id}/offers")
  public CallViews.OfferList offers(@PathParam("id") long id) {
    List<CallViews.OfferView> items =
        offers.unsealed(currentUser.require(), id).stream()
            .map(
                o ->
                    CallViews.offer(
                        o,
                        documents.ofOffer(o.offer(), CallDocuments.staffUrl(o.offer())),
                        this::name,
                        locale()))
            .toList();
    return new CallViews.OfferList(items.size(), items);
  }

  /** Awards the call after the deadline; the award is public on the call. */
  @POST
  @Path("{id}/award")
  public CallViews.CallView award(@PathParam("id") long id, CallViews.AwardBody body) {
    return view(
        calls.award(
            currentUser.require(),
            id,
            body == null ? null : body.offerId(),
            body == null ? null : body.reason(),
            body == null
                ? AwardTerms.none()
                : new AwardTerms(body.afm(), body.doy(), body.reference(), body.vatRate())));
  }

  /** Adds a document to the call (the body is the file; {@code name} its name): 201. */
  @POST
  @Path("{id}/documents")
  @Consumes({"application/pdf", "image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response addDocument(
      @PathParam("id") long id, @QueryParam("name") String name, InputStream body)
      throws IOException {
    SignedInUser staff = currentUser.require();
    DocumentInfo added =
        documents.addToCall(staff, id, DocumentUpload.check(name, DocumentUpload.read(body)));
    return Response.created(URI.create(added.url())).entity(added).build();
  }

  /** Removes a document from a draft (409 once the call is published). */
  @DELETE
  @Path("{id}/documents/{document}")
  public Response removeDocument(@PathParam("id") long id, @PathParam("document") long document) {
    documents.removeFromCall(currentUser.require(), id, document);
    return Response.noContent().build();
  }

  /** An offer's document, once the offer deadline is past (409 before: it is sealed). */
  @GET
  @Path("{id}/offers/{offer}/documents/{document}")
  @Produces({"application/pdf", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response offerDocument(
      @PathParam("id") long id,
      @PathParam("offer") long offer,
      @PathParam("document") long document) {
    return DocumentDownload.of(
        documents.unsealedOfferDocument(currentUser.require(), id, offer, document));
  }

  private String name(long enterpriseId) {
    Enterprise enterprise = offers.enterprise(enterpriseId);
    return enterprise == null ? null : enterprise.getName();
  }

  private CallViews.CallView view(Call call) {
    return CallViews.call(
        call,
        calls.offerCount(call),
        calls.answeredQuestions(call),
        documents.ofCall(call.getId()),
        links,
        locale());
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
