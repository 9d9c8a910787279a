package org.koinagora.organisations.rest;

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
import java.util.function.Function;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.AdviceDesk;
import org.koinagora.organisations.AdviceQuestion;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.organisations.OrganisationService;
import org.koinagora.organisations.PartnershipMember;
import org.koinagora.organisations.Partnerships;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/**
 * Open data on organisations: municipalities, regional authorities, support centres, partnerships.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject private OrganisationDirectory directory;
  @Inject private OrganisationService organisations;
  @Inject private Partnerships partnerships;
  @Inject private AdviceDesk advice;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public OrganisationViews.OrganisationList list(
      @QueryParam("kind") String kind, @QueryParam("region") String region) {
    var counts = partnerships.memberCounts();
    var items =
        directory
            .list(
                parse("kind", kind, OrganisationKind::valueOf),
                parse("region", region, Region::valueOf))
            .stream()
            .map(o -> OrganisationViews.item(o, counts.getOrDefault(o.getId(), 0), locale()))
            .toList();
    return new OrganisationViews.OrganisationList(items.size(), items);
  }

  @GET
  @Path("{id}")
  public OrganisationViews.Detail one(@PathParam("id") long id) {
    return directory
        .one(id)
        .map(
            o -> OrganisationViews.detail(o, partnerships.membersOf(id, false, locale()), locale()))
        .orElseThrow(NotFoundException::new);
  }

  /** The organisation's staff (or an admin) invite someone by mail to join its staff. */
  @POST
  @Path("{id}/staff-invites")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response inviteStaff(@PathParam("id") long id, StaffInvite invite) {
    organisations.inviteStaff(
        currentUser.require(), id, invite == null ? null : invite.email(), locale());
    return Response.accepted().build();
  }

  /** Whom to invite. */
  public record StaffInvite(String email) {}

  /** An organisation or enterprise a partnership invites: kind ORGANISATION or ENTERPRISE. */
  public record MemberInvite(String kind, Long id) {}

  /** A partnership's staff invite a member, who joins on accepting (201; 409 if invited). */
  @POST
  @Path("{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response inviteMember(@PathParam("id") long id, MemberInvite invite) {
    var membership =
        partnerships.invite(
            currentUser.require(),
            id,
            parse("kind", invite == null ? null : invite.kind(), PartnershipMember.Kind::valueOf),
            invite == null ? null : invite.id());
    return Response.status(201)
        .entity(
            OrganisationViews.membership(
                membership, partnerships.nameOf(membership, locale()), locale()))
        .build();
  }

  /**
   * A group asks a support centre for advice (no account needed): 201 with the thread's id and
   * page; the requester is mailed its private link. 404 for an organisation that is not a support
   * centre.
   */
  @POST
  @Path("{id}/advice-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(@PathParam("id") long id, AdviceViews.Question body) {
    var q = body == null ? new AdviceViews.Question(null, null, null, null, null, null) : body;
    var user = currentUser.get().orElse(null);
    var asked =
        advice.ask(
            id,
            new AdviceQuestion(
                q.groupName(),
                q.name(),
                user == null ? q.email() : user.email(),
                parse("region", q.region(), Region::valueOf),
                parse("legalForm", q.legalForm(), LegalForm::valueOf),
                q.message()),
            user,
            locale(),
            ClientAddress.of(request));
    return Response.status(201)
        .entity(new AdviceViews.Created(asked.getId(), AdviceViews.url(asked)))
        .build();
  }

  /** The centre's requests for advice, for its staff: open ones first. */
  @GET
  @Path("{id}/advice-requests")
  public List<AdviceViews.Item> adviceRequests(@PathParam("id") long id) {
    return advice.ofCentre(currentUser.require(), id).stream().map(AdviceViews::item).toList();
  }

  /**
   * Null for an absent or blank filter; 400 naming the field for a value that is not a constant.
   */
  static <E extends Enum<E>> E parse(String field, String value, Function<String, E> valueOf) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(field, "search.filter.unknown", value);
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
