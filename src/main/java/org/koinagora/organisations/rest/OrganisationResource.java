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
import java.util.Locale;
import java.util.function.Function;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.Region;
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
