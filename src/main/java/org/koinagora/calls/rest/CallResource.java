package org.koinagora.calls.rest;

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
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDocuments;
import org.koinagora.calls.CallStatus;
import org.koinagora.calls.Calls;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.documents.DocumentDownload;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/calls}: published calls for anyone (never an offer, only their number), and the
 * questions and offers of enterprise members.
 */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

  /** What an enterprise learns of its standing on a call. */
  public record EligibilityView(long enterprise, boolean eligible, List<String> reasons) {}

  @Inject private Calls calls;
  @Inject private Offers offers;
  @Inject private CallDocuments documents;
  @Inject private EnterpriseAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Links links;
  @Context private HttpServletRequest request;

  @GET
  public CallViews.CallList list(
      @QueryParam("region") String region,
      @QueryParam("category") String category,
      @QueryParam("status") String status) {
    List<CallViews.CallView> items =
        calls
            .list(
                CallViews.enumOf(Region.class, region, "region"),
                category,
                CallViews.enumOf(CallStatus.class, status, "status"))
            .stream()
            .map(this::view)
            .toList();
    return new CallViews.CallList(items.size(), items);
  }

  @GET
  @Path("{id}")
  public CallViews.CallView one(@PathParam("id") long id) {
    return view(calls.published(id));
  }

  /** Whether the caller's enterprise may make an offer, and why not. */
  @GET
  @Path("{id}/eligibility")
  public EligibilityView eligibility(
      @PathParam("id") long id, @QueryParam("enterprise") Long enterpriseId) {
    SignedInUser user = currentUser.require();
    Call call = calls.published(id);
    Enterprise enterprise = access.actingFor(user, enterpriseId).enterprise();
    var eligibility = calls.eligibility(call, enterprise);
    return new EligibilityView(
        enterprise.getId(), eligibility.eligible(), eligibility.reasons(locale()));
  }

  /** A question (201); published with its answer, without the asker. 409 after its deadline. */
  @POST
  @Path("{id}/questions")
  public Response ask(@PathParam("id") long id, CallViews.QuestionBody body) {
    SignedInUser user = currentUser.require();
    Enterprise enterprise =
        access.actingFor(user, body == null ? null : body.enterprise()).enterprise();
    var question = calls.ask(user, id, enterprise, body == null ? null : body.question());
    return Response.status(201).entity(CallViews.question(question)).build();
  }

  /** The enterprise's offer: 201 when new, 200 (same id) when it replaces the earlier one. */
  @POST
  @Path("{id}/offers")
  public Response offer(@PathParam("id") long id, CallViews.OfferBody body) {
    SignedInUser user = currentUser.require();
    if (body == null) {
      throw new InvalidInputException("price", "call.offer.price.required");
    }
    var submitted =
        offers.submit(
            user,
            id,
            body.enterprise(),
            CallViews.decimal(body.price(), "price"),
            body.note(),
            body.partners(),
            locale());
    return Response.status(submitted.replaced() ? 200 : 201)
        .entity(
            CallViews.offer(
                submitted.opened(),
                documents.ofOffer(
                    submitted.opened().offer(), CallDocuments.ownUrl(submitted.opened().offer())),
                this::name,
                locale()))
        .build();
  }

  /** A document of a published call, for anyone (a draft's for its staff only). */
  @GET
  @Path("{id}/documents/{document}")
  @Produces({"application/pdf", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") long id, @PathParam("document") long document) {
    return DocumentDownload.of(documents.callDocument(currentUser.get(), id, document));
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
